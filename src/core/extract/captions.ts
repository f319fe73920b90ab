/** Extraction stage "captions": captions that share a small wrapper with their image on the page. */
import {
  type BlockHint,
  type BuildResult,
  imageSrc,
  inlinesText,
  splitCredit,
  visibleText,
} from './blocks.ts';
import { norm } from './text.ts';

/**
 * Captions that share a small wrapper with their image: "<div class=box><img><div>Caption</div></div>",
 * an image table whose other cell holds the caption. The builder knows a caption by its look (italic,
 * centred, figcaption, caption-like class); the generic path reads Readability's copy, which turns such
 * divs into plain <p>. Here the original page decides: a figure without caption followed by a short
 * paragraph whose text is all the text of the image's nearest text-holding ancestor (one image in it)
 * gets that paragraph as its caption.
 */
export function attachWrapperCaptions(doc: Document, built: BuildResult, baseUrl: string): BuildResult {
  const { blocks, hints } = built;
  let imgs: Map<string, Element> | null = null;
  const out: typeof blocks = [];
  const outHints: BlockHint[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    out.push(b);
    outHints.push(hints[i] ?? { right: false, authorClass: false });
    const next = blocks[i + 1];
    if (b.type !== 'figure' || b.caption || next?.type !== 'paragraph') continue;
    const text = inlinesText(next.inlines);
    if (text.length > 200 || !/\p{L}/u.test(text)) continue;
    if (!imgs) {
      imgs = new Map();
      for (const img of Array.from(doc.querySelectorAll('img, amp-img')).slice(0, 300)) {
        const src = imageSrc(img, baseUrl);
        if (src && !imgs.has(src)) imgs.set(src, img);
      }
    }
    const img = imgs.get(b.src);
    if (!img) continue;
    for (let n = img.parentElement, k = 0; n && k < 4 && n.tagName !== 'BODY'; n = n.parentElement, k++) {
      const t = norm(visibleText(n));
      if (!t) continue;
      if (t === text && n.querySelectorAll('img, amp-img').length === 1) {
        const { caption, credit } = splitCredit(text);
        out[out.length - 1] = credit ? { ...b, caption, credit } : { ...b, caption };
        i++; // the paragraph became the caption
      }
      break;
    }
  }
  return { ...built, blocks: out, hints: outHints };
}
