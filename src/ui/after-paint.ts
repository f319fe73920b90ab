/**
 * Work that can wait until the user sees something: run once, in the first task after the next
 * frame has been painted (an animation-frame callback runs just before that frame's paint; a task
 * it queues runs after it). A hidden tab paints no frames, so a timer runs it anyway. `flush()`
 * runs it at once when something needs its result now (print), and at most once in all.
 */
export interface AfterPaint {
  /** Runs the work now unless it already ran (or was cancelled). */
  flush(): void;
  cancel(): void;
  readonly done: boolean;
}

export interface FrameScheduler {
  requestAnimationFrame(cb: () => void): unknown;
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Longest wait when no frame comes (hidden tab). */
export const NO_FRAME_FALLBACK_MS = 500;

export function afterPaint(work: () => void, scheduler: FrameScheduler = windowScheduler()): AfterPaint {
  let done = false;
  const fallback = scheduler.setTimeout(() => run(), NO_FRAME_FALLBACK_MS);
  function run(): void {
    if (done) return;
    done = true;
    scheduler.clearTimeout(fallback);
    work();
  }
  scheduler.requestAnimationFrame(() => scheduler.setTimeout(run, 0));
  return {
    flush: run,
    cancel: () => {
      done = true;
      scheduler.clearTimeout(fallback);
    },
    get done() {
      return done;
    },
  };
}

/** Called on `window` itself: Firefox content scripts refuse detached window functions. */
function windowScheduler(): FrameScheduler {
  return {
    requestAnimationFrame: (cb) => window.requestAnimationFrame(cb),
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => window.clearTimeout(id as number),
  };
}
