/**
 * Mounts preact UI inside a host element with a closed shadow root, so the portal's CSS and ours
 * never mix and the page's scripts cannot reach inside (`host.shadowRoot` is null to them). The
 * shadow root is known only through the returned reference. The host carries the id `hpr-root`
 * (for people and tests to find it) and a per-mount random attribute that our print stylesheet
 * selects: a page element that copies the id is never mistaken for ours.
 */
import { render, type ComponentChild } from 'preact';

export const HOST_ID = 'hpr-root';

export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Attribute selector that matches this host only (e.g. `[data-hpr-7f3a…]`). */
  selector: string;
  render: (tree: ComponentChild) => void;
  unmount: () => void;
}

/** A random attribute name for one mount: `data-hpr-` and 16 hex digits. */
function randomAttribute(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `data-hpr-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function mountInShadow(doc: Document, css: string): Mounted {
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const mark = randomAttribute();
  host.setAttribute(mark, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    selector: `[${mark}]`,
    render: (tree) => render(tree, container),
    unmount: () => {
      render(null, container);
      host.remove();
    },
  };
}
