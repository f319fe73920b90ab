/**
 * Plain share URLs: opening one is an ordinary navigation in a new tab. Nothing is fetched and
 * no third-party script or iframe is loaded until the reader clicks.
 *
 * `url` is expected to be the cleaned share URL (see clean-url.ts); these functions only encode.
 */

/** Title and link on separate lines: what goes into e-mail bodies and the Web Share text. */
export function shareText(title: string, url: string): string {
  const t = normaliseTitle(title);
  return t ? `${t}\n${url}` : url;
}

/** Collapse runs of whitespace (titles extracted from pages carry newlines and tabs). */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * Facebook's sharer. It takes the URL only (the old `t` title parameter and `quote` are
 * ignored today); Facebook reads the title from the page's own Open Graph tags.
 */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/**
 * Zalo. Zalo documents no plain share URL: its documented share button is the Zalo Social SDK
 * (`https://sp.zalo.me/plugins/sdk.js` plus an Official Account id), which would mean loading
 * remote code, so it is not an option for this extension. The form below, `share_inline` with
 * the page in `url`, is the endpoint behind that button and the plain link most Vietnamese sites
 * use; it is undocumented, so if Zalo changes it only this function needs to change. On phones
 * the Web Share button (Zalo registers as a share target) and "copy link" are the sturdy paths.
 */
export const ZALO_SHARE_ENDPOINT = 'https://sp.zalo.me/share_inline';

export function zaloShareUrl(url: string): string {
  return `${ZALO_SHARE_ENDPOINT}?url=${encodeURIComponent(url)}`;
}

/**
 * A mailto: link with the title as subject and "title, line break, URL" as body. Encoded per
 * RFC 6068: every reserved character percent-encoded (so an `&` in the shared URL cannot end the
 * body early), spaces as %20, the line break as %0D%0A.
 */
export function emailShareUrl(title: string, url: string): string {
  const t = normaliseTitle(title);
  const subject = encodeURIComponent(t || url);
  const body = encodeURIComponent(shareText(t, url)).replace(/%0A/g, '%0D%0A');
  return `mailto:?subject=${subject}&body=${body}`;
}

export interface ShareLinks {
  facebook: string;
  zalo: string;
  email: string;
}

export function shareLinks(url: string, title: string): ShareLinks {
  return {
    facebook: facebookShareUrl(url),
    zalo: zaloShareUrl(url),
    email: emailShareUrl(title, url),
  };
}

/**
 * What to hand to `navigator.share`. Many share targets drop `title` and paste only
 * `text` + `url`, so the title also goes in `text` to travel with the link.
 */
export function webShareData(url: string, title: string): { title?: string; text?: string; url: string } {
  const t = normaliseTitle(title);
  return t ? { title: t, text: t, url } : { url };
}
