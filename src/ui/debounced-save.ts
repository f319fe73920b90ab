/**
 * Settings writes, throttled: the first change of a quiet spell is written at once, and a burst
 * that follows (a dragged slider, `+` held down, a page script) becomes one more write of the
 * last value after `delayMs` — at most one write per `delayMs`, so nothing can hammer
 * storage.sync (which also has a per-minute write quota). `onResult(ok)` reports each write's
 * outcome, so the UI can say when a change could not be saved.
 */
export interface DebouncedSave<T> {
  schedule(value: T): void;
  /** Writes a pending value now (e.g. when the reader closes). */
  flush(): Promise<void>;
}

export function debouncedSave<T>(
  write: (value: T) => Promise<void>,
  delayMs: number,
  onResult: (ok: boolean) => void,
): DebouncedSave<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | null = null;
  let lastWrite = -Infinity;
  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastWrite = Date.now();
    try {
      await write(value);
      onResult(true);
    } catch {
      onResult(false);
    }
  };
  return {
    schedule(value) {
      pending = { value };
      if (timer !== undefined) return; // the trailing write will take the latest value
      const wait = lastWrite + delayMs - Date.now();
      if (wait <= 0) void flush();
      else timer = setTimeout(() => void flush(), wait);
    },
    flush,
  };
}
