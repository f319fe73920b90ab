/** The value, or a failed test when it is missing: narrows `T | undefined` (an indexed look-up) to `T`. */
export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected ${what}, found nothing`);
  return value;
}
