/**
 * "Offer instead of open": a small, unobtrusive button in the corner of an article page, in its
 * own closed shadow root (plain DOM, no framework, so the detector stays small). One click — a
 * real one: the page's own scripts cannot reach the button, and a synthetic click is ignored —
 * opens the reader; the button then goes away. Our host is known by reference, never looked up
 * by id (a page can make an element with any id).
 */
import { t } from '../platform/content-api.ts';
import { tabState } from './bridge.ts';

export const OFFER_HOST_ID = 'hpr-offer';

export function showOffer(onOpen: () => void): void {
  const state = tabState();
  if (state.offer?.isConnected) return;
  const host = document.createElement('div');
  host.id = OFFER_HOST_ID;
  state.offer = host;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}button{position:fixed;right:16px;bottom:16px;z-index:2147483645;font:600 15px/1.2 system-ui,"Segoe UI",Roboto,Arial,sans-serif;padding:10px 14px;border-radius:22px;border:1px solid #7a1712;background:#b3261e;color:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25);cursor:pointer}button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('offerOpenReader');
  button.title = t('offerOpenReaderTitle');
  button.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    host.remove();
    onOpen();
  });
  shadow.append(style, button);
  (document.body ?? document.documentElement).append(host);
}

export function removeOffer(): void {
  const state = tabState();
  state.offer?.remove();
  state.offer = undefined;
}
