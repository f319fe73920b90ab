/**
 * Mounts preact UI inside the #hpr-root host element with an open shadow root, so the portal's
 * CSS and ours never mix. The host itself carries no page-visible state beyond its id.
 */
import { render, type ComponentChild } from 'preact';

export const HOST_ID = 'hpr-root';

export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  render: (tree: ComponentChild) => void;
  unmount: () => void;
}

export function mountInShadow(doc: Document, css: string): Mounted {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    render: (tree) => render(tree, container),
    unmount: () => {
      render(null, container);
      host.remove();
    },
  };
}
