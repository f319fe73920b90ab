/**
 * Only the user acts: anything that saves, prints, shares or opens runs on events the browser
 * made from real input (`event.isTrusted`), never on an event a script dispatched. Every browser
 * sets isTrusted on every event (an unforgeable own property): true for input, false for
 * dispatchEvent/click(). The unit-test DOM (happy-dom) has no such property at all, so the check
 * is "not false" — the same thing in a browser.
 */
export function isUserEvent(event: Event | null | undefined): boolean {
  return !!event && (event as { isTrusted?: boolean }).isTrusted !== false;
}

/** The handler, run only for user events; a scripted event is dropped (and a link's default action prevented). */
export function userOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isUserEvent(event)) handler(event);
    else event.preventDefault();
  };
}
