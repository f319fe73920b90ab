// Runs code in the extension's isolated world of a page (where the content scripts live), over
// CDP. A stub set from the page's main world does not reach the content scripts; this does.
export async function isolatedWorld(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
  await cdp.send('Runtime.enable');
  const find = () =>
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  return {
    async evaluate(expression) {
      const ctx = find();
      if (!ctx) throw new Error('no isolated world of the extension in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: ctx.id,
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    },
    detach: () => cdp.detach(),
  };
}
