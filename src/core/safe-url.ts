/**
 * The URL allow-list: only absolute http(s) URLs survive into our UI.
 * Anything else (javascript:, vbscript:, data:, blob:, file:, relative junk) becomes null.
 */
export function safeHttpUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  // Do what the URL parser does before we judge the scheme: drop tabs and newlines anywhere
  // ("java\tscript:") and C0 controls or spaces at either end (" javascript:").
  // eslint-disable-next-line no-control-regex -- control characters are what this strips, as URL parsers do
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return null;
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
