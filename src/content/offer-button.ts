/**
 * "Offer instead of open": a small, unobtrusive button in the corner of an article page, in its
 * own closed-off shadow root (plain DOM, no framework, so the detector stays small). One click
 * opens the reader; the button then goes away.
 */
import { t } from '../platform/browser.ts';

export const OFFER_HOST_ID = 'hpr-offer';

export function showOffer(onOpen: () => void): void {
  if (document.getElementById(OFFER_HOST_ID)) return;
  const host = document.createElement('div');
  host.id = OFFER_HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}button{position:fixed;right:16px;bottom:16px;z-index:2147483645;font:600 15px/1.2 system-ui,"Segoe UI",Roboto,Arial,sans-serif;padding:10px 14px;border-radius:22px;border:1px solid #7a1712;background:#b3261e;color:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25);cursor:pointer}button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('offerOpenReader');
  button.title = t('offerOpenReaderTitle');
  button.addEventListener('click', () => {
    host.remove();
    onOpen();
  });
  shadow.append(style, button);
  (document.body ?? document.documentElement).append(host);
}

export function removeOffer(): void {
  document.getElementById(OFFER_HOST_ID)?.remove();
}
