/**
 * Saved HTML parsed in Node (happy-dom) without running or loading anything: shared by the
 * command-line tool, the measuring scripts, the bench and the tests.
 */
import { Window } from 'happy-dom';

/** A happy-dom window that never loads anything and never runs scripts. */
export function quietWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
    console: undefined,
  } as ConstructorParameters<typeof Window>[0]);
}

/** Parse HTML into a Document (DOMParser: no script execution, no resource loading). */
export function parseHtml(html: string, url = 'about:blank'): { doc: Document; close: () => Promise<void> } {
  const window = quietWindow(url);
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
