/**
 * Documents cited in the text: numbered ones ("Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ",
 * "Chỉ thị 45-CT/TW", "Hướng dẫn số 169") and named ones without number ("Luật Đất đai năm 2024",
 * "Nghị quyết Đại hội XIII của Đảng", "Chương trình hành động").
 */
import type { DocumentRef } from '../types.ts';
import { charBefore, key, mentionOf, type Normalised } from './normalise.ts';
import { type Token } from './tokens.ts';
import { isSurname, syllableRun } from './names.ts';
import { isCapTok, orgAt, orgBefore } from './organisations.ts';
import * as LEX from './lexicon.ts';
import { WordMap, WordSet } from './word-set.ts';

const TYPES = LEX.DOCUMENT_TYPES.join('|');
/**
 * A type word, not followed by a letter or digit; it must not follow one either (`wordBefore`, checked
 * apart: a look-behind in the expression is tried at every character of the text and costs ten times
 * the scan).
 */
const TYPE_RE = new RegExp(`(${TYPES})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** A letter, mark or digit ends right before offset i (a surrogate pair is one character). */
function wordBefore(s: string, i: number): boolean {
  return i > 0 && WORD_CHAR.test(charBefore(s, i));
}
const TYPE_LOWER = new WordMap(TYPES.split(/|/.source).map((t) => [t.toLowerCase(), t]));
/** Type abbreviations in document symbols (Nghị định 30/2020/NĐ-CP, Party documents). */
const ABBR = LEX.DOCUMENT_ABBREVIATIONS;

/** a symbol: capitals, digits and '&' in groups joined by hyphens ("UBND", "SXD-KT&VLXD", "UBTVQH15") */
const SYM = '[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-–][A-ZĐ0-9][A-Za-zĐđ0-9&]*)*';
/** number [/ year] (/ or -) symbol [/ issuer] */
const NUMSYM = new RegExp(
  `(\\d{1,5})(?: ?\\/ ?((?:19|20)\\d\\d))?( ?\\/ ?|-|–)(${SYM})(?: ?\\/ ?(${SYM}))?(?![\\p{L}\\p{N}])`,
  'uy',
);
const NUMSYM_FREE = new RegExp(
  `(?<![\\p{L}\\p{N}\\/\\-])(\\d{1,5})(?: ?\\/ ?((?:19|20)\\d\\d))?(\\/|-)(${SYM})(?:\\/(${SYM}))?(?![\\p{L}\\p{N}])`,
  'gu',
);
const BARE_NUM =
  /(\d{1,5})(?![/\-–])(?![\d/\-–.,]?\d)(?![\p{L}%])(?! (?:năm|tháng|ngày|giờ|tỷ|triệu|nghìn|người|hộ|km|ha|dự án|xã|phường)(?![\p{L}]))/uy;
const SO = / (?:số|Số) ?:? ?/y;
/** the type's abbreviation in brackets after the type word: "Nghị quyết (NQ) 32" */
const ABBR_PAREN = / \([A-ZĐ][A-Za-zĐ]{1,4}\)/y;
/** "số 47 ngày 13/12/2019": a bare number that a date follows (after "số" only) */
const BARE_NUM_DATED = /(\d{1,5})(?= ngày \d{1,2} ?[/.-])/y;
/** a term qualifier after an issuer: "của Bộ Chính trị (khóa 9)" */
const TERM = / \((?:khóa|khoá|nhiệm kỳ) [^()\n]{1,20}\)/y;
const SPACE = / /y;
/** a type abbreviation and a bare number: "NQ 32", "NQ32" */
const SHORT_NAMING = /(?<![\p{L}\p{N}])(NQ|QĐ|CT|KL|HD|KH|NĐ|TT|CĐ) ?(\d{1,5})(?![\p{L}\p{N}/\-–])/gu;
const TYPE_EXT = / (hành động|liên tịch)(?![\p{L}])/uy;
/** a few lower-case words between the type and "số": "Thông báo kết luận số 12-TB/TU" */
const TYPE_GAP = /(?: [\p{Ll}\p{M}]+){1,3}(?= (?:số|Số) ?:? ?\d)/uy;
const DATE_AFTER =
  /,? (?:ban hành |được ban hành |ký )?ngày (\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?(?![\d/])/y;
const DATE_WORDS = /,? (?:ban hành )?ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/y;
/** "Ngày 22/2", "Sáng 5-3", "Chiều nay 27.9" before the issuer's clause */
const DATE_ANY = new RegExp(
  `(?:${LEX.DAY_PARTS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')})(?: nay| qua)? (\\d{1,2}) ?[/.\\-] ?(\\d{1,2})(?: ?[/.\\-] ?(\\d{4}))?(?![\\d/])`,
  'g',
);
const CUA = / của /y;
// "… do UBND thành phố ban hành", "… được UBND huyện ban hành ngày …"
const DO = / (?:do|được) /y;
const VE_DO = / về [^.;:()\n]{1,100}? (?:do|được) /y;

export interface DocFound extends DocumentRef {
  /** normalised span of the mention */
  s: number;
  e: number;
}

function isoDate(
  d: string | undefined,
  m: string | undefined,
  y: string | undefined,
  year: number | null,
): string | null {
  if (d === undefined || m === undefined) return null;
  const dd = +d;
  const mm = +m;
  const yy = y ? +y : year;
  if (!yy || dd < 1 || dd > 31 || mm < 1 || mm > 12) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Index of the token that starts at or after char offset c. */
function tokAt(toks: Token[], c: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid]?.start ?? c) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bodies sometimes written in lower case before their name: "sở Xây dựng", "bộ Tài chính". */
const LOWER_BODY = new WordSet(LEX.LOWER_CASE_BODIES);
/** First words of public bodies. */
const BODY_HEAD = new RegExp(`^(${LEX.BODY_FIRST_WORDS.join('|')})$`);
/** Adverbs between an issuer and its verb. */
const ISSUE_ADVERBS = new WordSet(LEX.ISSUE_ADVERBS);

/** What the passes read: the normalised text, its tokens and the article's year (for dates without one). */
interface Cx {
  n: Normalised;
  s: string;
  toks: Token[];
  year: number | null;
}

/** The original text of the tokens [a, z). */
function textOf(cx: Cx, a: number, z: number): string {
  return mentionOf(cx.n, cx.toks[a]?.start ?? 0, cx.toks[z - 1]?.end ?? 0).text;
}

/** The number before the first dash or slash: 45 of "45-NQ/TW". */
function leadingNumber(num: string): number {
  return +num.replace(/[-/].*/, '');
}

/**
 * Documents cited in the text, in named passes:
 * 1. typedMentions: a type word and what follows it ("Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ",
 *    "Luật Thủ đô số 39/2024/QH15", "Kế hoạch … giai đoạn 2021 - 2025");
 * 2. symbolsWithoutType: a symbol alone ("… theo 45-NQ/TW");
 * 3. issuersNamedBefore: the issuer before the document ("Chủ tịch UBND thành phố đã ký Quyết định …");
 * 4. issuersShared: neighbours that share an issuer ("A và B của X", "A kèm theo B");
 * 5. onePerDocument: one entry per document, later namings filling what the first one lacks;
 * 6. abbreviatedNamings: "NQ 32 của …" names the issuer of a document already found;
 * 7. withoutShortRepeats: "Nghị quyết 57" after "Nghị quyết số 57-NQ/TW" is the same document.
 */
export function findDocuments(n: Normalised, toks: Token[], year: number | null): DocFound[] {
  const cx: Cx = { n, s: n.s, toks, year };
  const out = typedMentions(cx);
  symbolsWithoutType(cx, out);
  out.sort((a, b) => a.s - b.s);
  issuersNamedBefore(cx, out);
  issuersShared(cx, out);
  const res = onePerDocument(out);
  abbreviatedNamings(cx, res);
  return withoutShortRepeats(res);
}

/** A date right after a document's number: "ngày 26/2/2021", "ngày 12-3-2020", "ngày 5 tháng 3 năm 2024". */
function readDate(cx: Cx, at: number): { date: string | null; end: number } {
  const { s, year } = cx;
  for (const re of [DATE_AFTER, DATE_WORDS]) {
    re.lastIndex = at;
    const d = re.exec(s);
    if (d) return { date: isoDate(d[1], d[2], d[3], year), end: re.lastIndex };
  }
  return { date: null, end: at };
}

/** The issuer after "của": "của UBND thành phố", "của sở Xây dựng", "của Bộ Chính trị (khóa 9)". */
function readIssuer(cx: Cx, at: number): { issuer: string | null; end: number } {
  const { s, toks } = cx;
  CUA.lastIndex = at;
  if (!CUA.exec(s)) return { issuer: null, end: at };
  const i = tokAt(toks, CUA.lastIndex);
  // "của sở Xây dựng": a body written in lower case before its capitalised name
  const low = LOWER_BODY.has(toks[i]?.lower ?? '') && !toks[i]?.cap && isCapTok(toks[i + 1]);
  const e = orgAt(toks, s, low ? i + 1 : i);
  if (e <= (low ? i + 1 : i)) return { issuer: null, end: at };
  let end = toks[e - 1]?.end ?? at;
  TERM.lastIndex = end;
  if (TERM.exec(s)) end = TERM.lastIndex;
  return { issuer: textOf(cx, i, e), end };
}

const NO_ISSUER = { issuer: null, date: null };

/** The issuer named after the document, outside its mention: "… do UBND thành phố ban hành (ngày …)". */
function issuedBy(cx: Cx, at: number): { issuer: string | null; date: string | null } {
  const { s, toks } = cx;
  // the subject clause may stand between: "Kế hoạch số 56/KH-UBND về lập lại trật tự đô thị do UBND thành phố ban hành"
  VE_DO.lastIndex = at;
  const ve = VE_DO.exec(s);
  DO.lastIndex = ve ? at + ve[0].length - (ve[0].endsWith(' do ') ? 4 : 6) : at;
  if (!DO.exec(s)) return NO_ISSUER;
  const i = tokAt(toks, DO.lastIndex);
  const e = orgAt(toks, s, i);
  if (e <= i) return NO_ISSUER;
  let v = e;
  // "do Phó Chủ tịch UBND thành phố Lê Anh Quân ký": the office is the issuer, the signer's name is skipped
  if (isSurname(toks[v]) && toks[v]?.cap) {
    const run = syllableRun(toks, s, v, 4);
    if (run >= 2) v += run;
  }
  for (let q = 0; q < 3 && ISSUE_ADVERBS.has(toks[v]?.lower ?? ''); q++) v++;
  const w = toks[v]?.lower + ' ' + (toks[v + 1]?.lower ?? '');
  if (!(toks[v]?.lower === 'ký' || w === 'ban hành' || w === 'thông qua' || w === 'phê duyệt'))
    return NO_ISSUER;
  // "… do Chủ tịch UBND thành phố ký ngày 5/1/2023"
  return {
    issuer: textOf(cx, i, e),
    date: readDate(cx, toks[toks[v]?.lower === 'ký' ? v : v + 1]?.end ?? at).date,
  };
}

/** Pass 1: a type word and what follows it: number, date and issuer, or the name of a document without number. */
function typedMentions(cx: Cx): DocFound[] {
  const { n, s, toks } = cx;
  const out: DocFound[] = [];
  let m: RegExpExecArray | null;
  TYPE_RE.lastIndex = 0;
  while ((m = TYPE_RE.exec(s)) !== null) {
    const word = m[1];
    if (!word) continue;
    const start = m.index;
    if (wordBefore(s, start)) {
      TYPE_RE.lastIndex = start + 1;
      continue;
    }
    let type = TYPE_LOWER.get(word.toLowerCase()) ?? word;
    let p = start + word.length;
    TYPE_EXT.lastIndex = p;
    const ext = TYPE_EXT.exec(s);
    if (ext) {
      if (ext[1] === 'liên tịch') type = 'Thông tư liên tịch';
      p = TYPE_EXT.lastIndex;
    } else {
      TYPE_GAP.lastIndex = p;
      if (TYPE_GAP.exec(s)) p = TYPE_GAP.lastIndex;
    }
    ABBR_PAREN.lastIndex = p;
    if (ABBR_PAREN.exec(s)) p = ABBR_PAREN.lastIndex;
    SO.lastIndex = p;
    const so = SO.exec(s);
    const q = so ? SO.lastIndex : p + 1;
    if (!so) {
      SPACE.lastIndex = p;
      if (!SPACE.exec(s)) continue;
    }
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
    let number: string | null = null;
    let end = -1;
    NUMSYM.lastIndex = q;
    const ns = NUMSYM.exec(s);
    if (ns) {
      number = ns[0].replace(/\s+/g, '').replace(/–/g, '-');
      end = NUMSYM.lastIndex;
    } else {
      BARE_NUM.lastIndex = q;
      const bn = BARE_NUM.exec(s);
      if (bn && (capital || so)) {
        number = bn[1] ?? null;
        end = BARE_NUM.lastIndex;
      } else if (so) {
        BARE_NUM_DATED.lastIndex = q;
        const bd = BARE_NUM_DATED.exec(s);
        if (bd) {
          number = bd[1] ?? null;
          end = BARE_NUM_DATED.lastIndex;
        }
      }
    }
    // "Luật Thủ đô số 39/2024/QH15": a named law whose number follows its name
    const named = number === null && capital ? namedDoc(toks, s, tokAt(toks, start), type) : null;
    if (named) {
      SO.lastIndex = toks[named.z]?.end ?? q;
      if (SO.exec(s)) {
        NUMSYM.lastIndex = SO.lastIndex;
        const ln = NUMSYM.exec(s);
        if (ln) {
          number = ln[0].replace(/\s+/g, '').replace(/–/g, '-');
          end = NUMSYM.lastIndex;
        }
      }
    }
    if (number !== null) {
      if (!capital && !so) continue;
      const d = readDate(cx, end);
      const iss = readIssuer(cx, d.end);
      let e = iss.issuer ? iss.end : d.end;
      let date = d.date;
      if (iss.issuer && !date) {
        // "… của UBND thành phố ngày 12/5/2024"
        const d2 = readDate(cx, e);
        if (d2.date) {
          date = d2.date;
          e = d2.end;
        }
      }
      let issuer = iss.issuer;
      if (!issuer) {
        const by = issuedBy(cx, e);
        issuer = by.issuer;
        date ??= by.date;
      }
      out.push({ type, number, date, issuer, mention: mentionOf(n, start, e), s: start, e });
      TYPE_RE.lastIndex = Math.max(TYPE_RE.lastIndex, e);
      continue;
    }
    if (named) {
      const e = toks[named.z]?.end ?? q;
      const iss = named.ownIssuer ? { issuer: null as string | null, end: e } : readIssuer(cx, e);
      const ee = iss.issuer ? iss.end : e;
      out.push({
        type,
        number: null,
        date: null,
        issuer: iss.issuer,
        mention: mentionOf(n, start, ee),
        s: start,
        e: ee,
      });
      TYPE_RE.lastIndex = Math.max(TYPE_RE.lastIndex, ee);
    }
  }
  return out;
}

/** Pass 2: a symbol without a type word ("… theo 45-NQ/TW"), outside the mentions of pass 1. */
function symbolsWithoutType(cx: Cx, out: DocFound[]): void {
  const { n, s } = cx;
  const covered = out.map((o) => [o.s, o.e] as const);
  let m: RegExpExecArray | null;
  NUMSYM_FREE.lastIndex = 0;
  let cv = 0;
  while ((m = NUMSYM_FREE.exec(s)) !== null) {
    const at = m.index;
    for (let c = covered[cv]; c && c[1] <= at; c = covered[++cv]);
    if (at >= (covered[cv]?.[0] ?? Infinity)) continue;
    const code = (m[3] === '-' ? m[4] : m[4]?.split(/[-–]/)[0]) ?? '';
    const type = ABBR[code];
    if (!type || (m[3] === '-' && !m[5])) continue;
    const e = NUMSYM_FREE.lastIndex;
    out.push({
      type,
      number: m[0].replace(/–/g, '-'),
      date: null,
      issuer: null,
      mention: mentionOf(n, at, e),
      s: at,
      e,
    });
  }
}

/**
 * Pass 3: the issuer (and date) named before the document: "Chủ tịch UBND thành phố đã ký Quyết định …",
 * "được HĐND thành phố thông qua tại Nghị quyết …", "theo chỉ đạo của UBND thành phố tại Công văn …".
 */
function issuersNamedBefore(cx: Cx, out: DocFound[]): void {
  const { s, toks, year } = cx;
  const inDoc = (t: Token) => out.some((o) => t.start >= o.s && t.end <= o.e);
  /** A public body opening the clause that ends at token j, followed only by lower-case words (and cited documents). */
  const subjectBody = (j: number): [number, number] | null => {
    for (let k = j - 1, words = 0; k >= 0 && toks[k]?.sent === toks[j]?.sent && words < 12; k--) {
      const t = toks[k];
      if (!t) return null;
      if (inDoc(t)) continue;
      if (t.kind !== 'w') return null;
      words++;
      const pk = toks[k - 1];
      // the body opens the clause: after punctuation or a conjunction ("còn Huyện ủy …"), not after a preposition
      if (
        !isCapTok(t) ||
        !BODY_HEAD.test(t.lower) ||
        (pk &&
          pk.sent === t.sent &&
          pk.kind === 'w' &&
          (isCapTok(pk) || /^(của|với|cho|tới|đến|từ|theo|tại|về|gửi|trình|lên|và|qua)$/.test(pk.lower)))
      )
        continue;
      const e = orgAt(toks, s, k);
      for (const tq of toks.slice(e, j)) if (!inDoc(tq) && (tq.kind !== 'w' || isCapTok(tq))) return null;
      return e > k && e < j ? [k, e] : null;
    }
    return null;
  };
  for (const d of out) {
    if (d.issuer) continue;
    let j = tokAt(toks, d.s) - 1;
    if (toks[j]?.lower === 'theo' && toks[j - 1]?.lower === 'kèm') j -= 2;
    if (toks[j]?.lower === 'bằng') {
      // "Đảng ủy xã đã cụ thể hóa Kết luận … bằng Chương trình …": the subject of the clause issued it
      const a = subjectBody(j);
      if (a) d.issuer = textOf(cx, a[0], a[1]);
      continue;
    }
    const at = toks[j]?.lower === 'tại';
    if (at) j--;
    let v = -1;
    if (toks[j]?.lower === 'hành' && toks[j - 1]?.lower === 'ban') v = j - 1;
    else if (toks[j]?.lower === 'ký') v = j;
    // "UBND thành phố có Công văn số …": only after the name of a public body
    else if (toks[j]?.lower === 'có' && toks[j - 1]?.kind === 'w') v = j;
    else if (toks[j]?.lower === 'qua' && toks[j - 1]?.lower === 'thông') v = j - 1;
    if (v < 0 && at) {
      // "theo chỉ đạo của UBND thành phố tại Công văn số …"
      const org = orgBefore(toks, s, j + 1);
      if (org && toks[org[0] - 1]?.lower === 'của' && BODY_HEAD.test(toks[org[0]]?.lower ?? ''))
        d.issuer = textOf(cx, org[0], org[1]);
      continue;
    }
    if (v < 0) continue;
    if (toks[v - 1]?.lower === 'ký') v--;
    // "Sở X cũng đã ban hành …", "UBND thành phố vừa mới ký …"
    for (let q = 0; q < 3 && ISSUE_ADVERBS.has(toks[v - 1]?.lower ?? ''); q++) v--;
    const org = orgBefore(toks, s, v);
    if (!org || (toks[v]?.lower === 'có' && !BODY_HEAD.test(toks[org[0]]?.lower ?? ''))) continue;
    const a = org[0];
    d.issuer = textOf(cx, a, org[1]);
    if (!d.date) {
      // "Ngày 22/2, Chủ tịch UBND thành phố đã ký …"
      const sentStart = toks[a]?.sent;
      let k = a - 1;
      while (k >= 0 && toks[k]?.sent === sentStart && a - k < 10) k--;
      DATE_ANY.lastIndex = 0;
      const seg = s.slice(toks[k + 1]?.start ?? 0, toks[a]?.start);
      const dm = DATE_ANY.exec(seg);
      if (dm) d.date = isoDate(dm[1], dm[2], dm[3], year);
    }
  }
}

/** Pass 4: "A và B của X": A shares B's issuer; "A kèm theo B" / "A theo B": the two share an issuer. */
function issuersShared(cx: Cx, out: DocFound[]): void {
  const { s } = cx;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (!a || !b) continue;
    const gap = s.slice(a.e, b.s);
    if (gap === ' và ' || gap === ', ') {
      if (!a.issuer && b.issuer && a.number && b.number) a.issuer = b.issuer;
    } else if (/^ (?:ban hành )?(?:kèm )?theo $/.test(gap)) {
      if (!a.issuer && b.issuer) a.issuer = b.issuer;
      else if (!b.issuer && a.issuer) b.issuer = a.issuer;
    }
  }
}

/** Pass 5: one entry per document; later namings fill what the first one lacks. */
function onePerDocument(out: DocFound[]): DocFound[] {
  const seen = new Map<string, DocFound>();
  const res: DocFound[] = [];
  for (const d of out) {
    const k = d.number ? d.type + '|' + d.number : 'n|' + key(d.mention.text);
    const prev = seen.get(k) ?? (d.number ? seen.get('#' + d.number) : undefined);
    if (prev) {
      prev.date ??= d.date;
      prev.issuer ??= d.issuer;
      continue;
    }
    seen.set(k, d);
    if (d.number) seen.set('#' + d.number, d);
    res.push(d);
  }
  return res;
}

/**
 * Pass 6: "NQ 32 của Ban Thường vụ Thành ủy" after "Nghị quyết (NQ) 32": an abbreviated naming of a document
 * already found; never a new entry, but it may name the issuer the first naming left out.
 */
function abbreviatedNamings(cx: Cx, res: DocFound[]): void {
  const { s } = cx;
  let m: RegExpExecArray | null;
  SHORT_NAMING.lastIndex = 0;
  while ((m = SHORT_NAMING.exec(s)) !== null) {
    const [, abbr = '', num = ''] = m;
    const at = m.index;
    const type = ABBR[abbr];
    const d = res.find((o) => o.type === type && o.number && leadingNumber(o.number) === +num && o.s < at);
    if (!d || d.issuer) continue;
    d.issuer = readIssuer(cx, SHORT_NAMING.lastIndex).issuer;
  }
}

/** Pass 7: "Nghị quyết 57" after "Nghị quyết số 57-NQ/TW" is a short naming of the same document. */
function withoutShortRepeats(res: DocFound[]): DocFound[] {
  const full = new Set<string>();
  for (const o of res)
    if (o.number && /^\d+[-/]/.test(o.number)) full.add(o.type + '|' + leadingNumber(o.number));
  const kept = res.filter((d) => !(d.number && /^\d+$/.test(d.number) && full.has(d.type + '|' + +d.number)));
  // an issuer wrapped over a line break reads as one line
  for (const d of kept) if (d.issuer) d.issuer = d.issuer.replace(/\s+/g, ' ');
  return kept;
}

const CONGRESS_WORDS = new WordSet(LEX.CONGRESS_WORDS);
const NAME_STOP = new WordSet(LEX.DOC_NAME_STOP_WORDS);
const PROGRAMME_CUE = new WordSet(LEX.PROGRAMME_CUES);

/** A document named without number; returns the last token of its name. */
function namedDoc(
  toks: Token[],
  s: string,
  i: number,
  type: string,
): { z: number; ownIssuer: boolean } | null {
  const t0 = toks[i];
  const words = type.split(/ /.source).length;
  const j = i + words;
  const first = toks[j];
  if (!first || first.kind !== 'w' || s.slice(toks[j - 1]?.end, first.start) !== ' ') return null;
  // Luật / Bộ luật / Pháp lệnh + capitalised name [năm YYYY]
  if (type === 'Luật' || type === 'Bộ luật' || type === 'Pháp lệnh') {
    if (!first.cap) return null;
    // look ahead for "năm YYYY" in the same clause
    for (let k = j; k < toks.length && k < j + 25; k++) {
      const t = toks[k];
      if (!t) break;
      if (t.text === ',' && toks[k + 1]?.kind === 'w' && !toks[k + 1]?.cap) continue; // "Luật Phòng, chống thiên tai năm 2013"
      if (t.text === '(' || t.text === ')') continue; // "Luật Đất đai (sửa đổi) năm 2024"
      if (t.kind !== 'w' || NAME_STOP.has(t.lower)) break;
      if (t.lower === 'năm' && /^(19|20)\d\d$/.test(toks[k + 1]?.text ?? ''))
        return { z: k + 1, ownIssuer: false };
      // "Luật Đất đai 2024"
      if (k > j && /^(19|20)\d\d$/.test(t.text)) return { z: k, ownIssuer: false };
    }
    let z = j;
    for (let k = j + 1; k < toks.length && k < j + 15; k++) {
      const t = toks[k];
      if (!t) break;
      if (t.kind !== 'w' || NAME_STOP.has(t.lower) || (t.lower === 'có' && toks[k + 1]?.lower === 'hiệu'))
        break;
      if (TYPE_LOWER.hasPair(t.lower, toks[k + 1]?.lower ?? '') || t.lower === 'luật') break;
      z = k;
    }
    return { z, ownIssuer: false };
  }
  // Nghị quyết Đại hội … / Nghị quyết Hội nghị …
  if (
    type === 'Nghị quyết' &&
    ((first.lower === 'đại' && toks[j + 1]?.lower === 'hội') ||
      (first.lower === 'hội' && toks[j + 1]?.lower === 'nghị') ||
      (first.lower === 'trung' &&
        toks[j + 1]?.lower === 'ương' &&
        /^(\d+|lần|khóa)$/.test(toks[j + 2]?.lower ?? '')))
  ) {
    let z = j + 1;
    for (let k = j + 2; k < toks.length && k < j + 20; k++) {
      const t = toks[k];
      if (!t) break;
      if (t.kind === 'p') {
        if (t.text === '-' && /^\d+$/.test(toks[k - 1]?.text ?? '') && /^\d+$/.test(toks[k + 1]?.text ?? ''))
          continue;
        break;
      }
      if (t.cap || /^[IVXLC]+$/.test(t.text) || /^\d+$/.test(t.text) || CONGRESS_WORDS.has(t.lower)) {
        z = k;
        continue;
      }
      if (t.lower === 'của' && toks[k + 1]?.lower === 'đảng' && toks[k + 1]?.cap) {
        z = k + 1;
        k++;
        continue;
      }
      break;
    }
    return { z, ownIssuer: true };
  }
  // a capitalised programme/plan named mid-sentence: "triển khai Chương trình phục hồi và …"
  if (type === 'Chương trình' || type === 'Đề án' || type === 'Kế hoạch') {
    const prev = toks[i - 1];
    // "… bổ sung Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025": named by its period
    const pz = prev && prev.sent === t0?.sent ? periodEnd(toks, j) : -1;
    if (pz > 0) return { z: pz, ownIssuer: false };
    if (!prev || prev.sent !== t0?.sent || !PROGRAMME_CUE.has(prev.lower)) return null;
    if (first.cap && type !== 'Chương trình') return null;
    if (NAME_STOP.has(first.lower) || first.lower === 'này' || first.lower === 'năm') return null;
    let z = j;
    for (let k = j + 1; k < toks.length && k < j + 15; k++) {
      const t = toks[k];
      if (!t) break;
      if (t.kind === 'p') {
        if ((t.text === '-' || t.text === '–') && toks[k + 1]?.kind === 'w') continue;
        break;
      }
      if (NAME_STOP.has(t.lower) && !(t.lower === 'và' && !toks[k + 1]?.cap)) break;
      z = k;
    }
    return { z, ownIssuer: false };
  }
  return null;
}

const YEAR = /^(19|20)\d\d$/;
/**
 * A plan's name that is a lower-case description closed by its period: "… giai đoạn 2021 - 2025",
 * "… năm 2024". Returns the last token of the period, or -1.
 */
function periodEnd(toks: Token[], j: number): number {
  for (let k = j, words = 0; k < toks.length && words < 14; k++, words++) {
    const t = toks[k];
    if (!t) break;
    if ((t.text === '-' || t.text === '–') && toks[k + 1]?.kind === 'w') continue; // "kinh tế - xã hội"
    if (t.kind !== 'w' || (t.cap && k > j) || (NAME_STOP.has(t.lower) && t.lower !== 'và')) return -1;
    if (k === j) continue; // at least one word of description
    if (t.lower === 'giai' && toks[k + 1]?.lower === 'đoạn' && YEAR.test(toks[k + 2]?.text ?? '')) {
      const dash = toks[k + 3];
      return dash && (dash.text === '-' || dash.text === '–') && YEAR.test(toks[k + 4]?.text ?? '')
        ? k + 4
        : k + 2;
    }
    if (t.lower === 'năm' && YEAR.test(toks[k + 1]?.text ?? '')) return k + 1;
  }
  return -1;
}
