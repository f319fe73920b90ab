// Runs code in the extension's isolated world of a page (where the content scripts live), over
// CDP. A stub set from the page's main world does not reach the content scripts; this does.
/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {string} extensionId
 */
export async function isolatedWorld(context, page, extensionId) {
  const cdp = await context.newCDPSession(page);
  /** @type {{ id: number, origin: string, auxData?: { type?: string } }[]} */
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
  await cdp.send('Runtime.enable');
  const find = () =>
    contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  return {
    /**
     * @param {string} expression
     * @returns {Promise<any>}
     */
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
