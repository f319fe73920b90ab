/** Summary statistics of timings, shared by the bench runners. */

const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** The middle value (the mean of the two middle values for an even count); NaN without values. */
export function median(xs: readonly number[]): number {
  const s = ascending(xs);
  const m = s.length >> 1;
  const upper = s[m] ?? NaN;
  return s.length % 2 ? upper : ((s[m - 1] ?? NaN) + upper) / 2;
}

/** The p-th percentile by nearest rank; NaN without values. */
export function pct(xs: readonly number[], p: number): number {
  const s = ascending(xs);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}
