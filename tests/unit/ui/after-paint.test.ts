import { describe, expect, it } from 'vitest';
import { afterPaint, NO_FRAME_FALLBACK_MS, type FrameScheduler } from '../../../src/ui/after-paint.ts';

/** A hand-driven clock: frames and timers run only when the test says so. */
function manual() {
  let now = 0;
  let id = 0;
  const frames: (() => void)[] = [];
  const timers = new Map<number, { at: number; cb: () => void }>();
  const scheduler: FrameScheduler = {
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => (timers.set(++id, { at: now + ms, cb }), id),
    clearTimeout: (t) => timers.delete(t as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now && timers.delete(k)) t.cb();
  };
  const frame = () => frames.splice(0).forEach((cb) => cb());
  return { scheduler, advance, frame, timers };
}

describe('afterPaint', () => {
  it('runs in the task after the next frame, not before, and once', () => {
    const m = manual();
    let runs = 0;
    const later = afterPaint(() => runs++, m.scheduler);
    m.advance(0);
    expect(runs).toBe(0);
    m.frame(); // the animation frame: just before paint
    expect(runs).toBe(0);
    m.advance(0); // the task after it
    expect(runs).toBe(1);
    expect(later.done).toBe(true);
    m.advance(NO_FRAME_FALLBACK_MS);
    later.flush();
    expect(runs).toBe(1);
    expect(m.timers.size).toBe(0);
  });

  it('runs anyway when no frame comes (a hidden tab)', () => {
    const m = manual();
    let runs = 0;
    afterPaint(() => runs++, m.scheduler);
    m.advance(NO_FRAME_FALLBACK_MS - 1);
    expect(runs).toBe(0);
    m.advance(1);
    expect(runs).toBe(1);
  });

  it('flush runs it at once (print needs it now); cancel means never', () => {
    const m = manual();
    let runs = 0;
    afterPaint(() => runs++, m.scheduler).flush();
    expect(runs).toBe(1);
    const cancelled = afterPaint(() => runs++, m.scheduler);
    cancelled.cancel();
    m.frame();
    m.advance(NO_FRAME_FALLBACK_MS);
    cancelled.flush();
    expect(runs).toBe(1);
  });
});
