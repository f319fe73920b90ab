/**
 * Title grammar: [prefix] HEAD [organisation tail], e.g. "Phó Chủ tịch Thường trực UBND thành phố",
 * "Trưởng Ban Tuyên giáo Thành ủy", "Thứ trưởng Bộ Y tế", plus ranks ("Đại tá") that stand alone.
 * Works on tokens; returns token ranges.
 */
import { type Token } from './tokens.ts';
import { isNameSyllable, isSurname, NAMESAKES, nameKey, syllableRun, PLACE_NOUNS, PLACES } from './names.ts';
import * as LEX from './lexicon.ts';
import { WordMap, WordSet } from './word-set.ts';
import { commaInsideName } from './organisations.ts';

/** Role nouns (lower case, longest first when they share a start). */
const HEADS = [...LEX.TITLE_HEADS, ...Object.keys(LEX.TITLE_ABBREVIATIONS)].map((x) => x.split(' '));
const ABBREVIATED = new WordSet(Object.keys(LEX.TITLE_ABBREVIATIONS));
const IN_CHARGE = LEX.TITLE_IN_CHARGE.map((x) => x.split(' '));
const APPOSITION = LEX.APPOSITION_NOUNS.map((x) => x.split(' '));

/** The words of one of `phrases` start at token j. */
function phraseAt(toks: Token[], j: number, phrases: string[][]): number {
  for (const ph of phrases) if (ph.every((w, k) => toks[j + k]?.lower === w)) return ph.length;
  return 0;
}
/** Military/police ranks and professional prefixes: a position of their own. */
const RANKS = [...LEX.RANKS, ...LEX.ACADEMIC_TITLES].map((x) => x.split(' '));
const ACADEMIC = new WordSet(LEX.ACADEMIC_TITLES);
/** Heads that make a complete title on their own. */
const BARE_OK = new WordSet(LEX.BARE_TITLES);
/** Heads written in lower case in running text. */
const LOWER_OK = new WordSet([...LEX.LOWER_CASE_TITLES, ...LEX.ACADEMIC_TITLES]);
const PREFIX = new WordSet(LEX.TITLE_PREFIXES);

/** Lower-case words that end an organisation tail. */
const STOP1 = new WordSet(LEX.TITLE_STOP_WORDS);
/** Two-word verbs that end a tail. */
const STOP2 = new WordSet(LEX.TITLE_STOP_VERBS);
/** Acronyms of schools and organisations that are named after people ("THPT Trần Phú", "Đoàn TNCS Hồ Chí Minh"). */
const NAMED_AFTER = new WordSet(LEX.NAMED_AFTER_ACRONYMS);
/** Administrative units: the capitalised words after them are a place name. */
const UNITS = new WordSet(LEX.ADMIN_UNITS);

export interface TitleMatch {
  /** token range of the title [a, b) */
  a: number;
  b: number;
  rank: boolean;
  /** lower-case head as matched (e.g. "phó chủ tịch") */
  head: string;
}

/** Sequences indexed by their first word, so that most tokens are rejected by one lookup. */
function index(seqs: string[][]): WordMap<string[][]> {
  const m = new Map<string, string[][]>();
  for (const q of seqs) {
    const [first] = q;
    if (first === undefined) continue;
    const l = m.get(first);
    if (l) l.push(q);
    else m.set(first, [q]);
  }
  return new WordMap(m);
}
const HEAD_IX = index(HEADS);
const RANK_IX = index(RANKS);

function matchSeq(toks: Token[], i: number, ix: WordMap<string[][]>): number {
  const t0 = toks[i];
  const seqs = t0 && ix.get(t0.lower);
  if (!seqs) return 0;
  let best = 0;
  for (const seq of seqs) {
    if (seq.length <= best) continue;
    let ok = true;
    for (let k = 1; k < seq.length; k++) {
      const t = toks[i + k];
      if (!t || t.lower !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = seq.length;
  }
  return best;
}

export interface HeadMatch {
  /** token index after the head */
  end: number;
  rank: boolean;
  /** lower-case words of the head with its prefixes */
  head: string;
}

/**
 * What of the match at a token does not depend on `lower`: a rank (the match itself), no head (null), or
 * a head of `h` words starting at token `j` (after its prefixes), which `headEnd` then accepts or not.
 */
type HeadCore = HeadMatch | { j: number; h: number; headWords: string } | null;

/**
 * The heads found so far in the last token list asked about, by token index, with and without `lower`
 * (undefined: not asked yet), and their parts that do not depend on `lower`. The passes over the
 * officials ask about the same tokens several times, most of them both ways.
 */
let headsOf: Token[] | null = null;
let heads: (HeadMatch | null | undefined)[][] = [[], []];
let cores: (HeadCore | undefined)[] = [];

/** Matches a head (with prefixes) or a rank at token i. The result is shared: read it, never change it. */
export function matchHead(toks: Token[], i: number, lower = false): HeadMatch | null {
  if (i < 0 || i >= toks.length) return null;
  if (headsOf !== toks) {
    headsOf = toks;
    // filled, so that the arrays stay packed whatever order the tokens are asked about in
    heads = [new Array(toks.length).fill(undefined), new Array(toks.length).fill(undefined)];
    cores = new Array(toks.length).fill(undefined);
  }
  const known = heads[lower ? 1 : 0]!;
  let h = known[i];
  if (h === undefined) {
    let c = cores[i];
    if (c === undefined) cores[i] = c = headCore(toks, i);
    known[i] = h = c === null || 'rank' in c ? c : headEnd(toks, i, c.j, c.h, c.headWords, lower);
  }
  return h;
}

function headCore(toks: Token[], i: number): HeadCore {
  const first = toks[i];
  if (!first || first.kind !== 'w') return null;
  const r = matchSeq(toks, i, RANK_IX);
  if (r) {
    const head = nameKey(toks, i, r);
    if (!first.cap && !LOWER_OK.has(head)) return null;
    return { end: i + r, rank: true, head };
  }
  let j = i;
  while (PREFIX.has(toks[j]?.lower ?? '') && j - i < 2) j++;
  // "Q." as acting
  if (j === i && first.text === 'Q' && toks[i + 1]?.text === '.') j = i + 2;
  const h = matchSeq(toks, j, HEAD_IX);
  if (!h) return null;
  const headWords = nameKey(toks, j, h);
  // "PGĐ Sở …": an abbreviated title is written in capitals and needs its organisation
  if (ABBREVIATED.has(headWords) && (!isAllCaps(toks[j]) || !(toks[j + h]?.cap || isAllCaps(toks[j + h]))))
    return null;
  return { j, h, headWords };
}

/** The head of `h` words at j (after the prefixes from i), when its case fits. */
function headEnd(
  toks: Token[],
  i: number,
  j: number,
  h: number,
  headWords: string,
  lower: boolean,
): HeadMatch | null {
  const first = toks[i]!;
  // lower case is accepted in running text for some heads, and in apposition when an organisation follows ("…, phó giám đốc Sở Nội vụ")
  // …, or before an organisation in capitals ("phó chủ tịch UBND TP")
  const o = toks[j + h];
  const orgNext =
    lower &&
    (o?.cap ||
      isAllCaps(o) ||
      (/^(ban|sở|bộ|hội|cục|phòng|đoàn|văn)$/.test(o?.lower ?? '') && toks[j + h + 1]?.cap));
  if (
    !first.cap &&
    !(LOWER_OK.has(headWords) && j === i) &&
    !(first.lower === 'nguyên' && toks[j]?.cap) &&
    !orgNext
  )
    return null;
  if (headWords === 'trưởng' && !toks[j]?.cap && j === i && !orgNext) return null; // "Phó trưởng Ban …" is fine
  // village and residents' group heads are not public posts
  if (headWords === 'trưởng' && /^(thôn|ấp|bản|xóm|tổ|khu|làng)$/.test(toks[j + 1]?.lower ?? '')) return null;
  return { end: j + h, rank: false, head: nameKey(toks, i, j + h - i) };
}

/** `lower` is the text in lower case: a word that equals it has no capital, and no upper case is made for it. */
function isAllCaps(t: Token | undefined): boolean {
  return !!t && t.kind === 'w' && t.text.length > 1 && t.text !== t.lower && t.text === t.text.toUpperCase();
}

export function isStopAt(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'w' || t.cap || isAllCaps(t)) return false;
  const n = toks[j + 1];
  if (t.lower === 'dự' && n?.lower === 'án') return false;
  if (STOP1.has(t.lower) || t.lower === 'dự') return true;
  if (n && n.kind === 'w' && STOP2.hasPair(t.lower, n.lower)) {
    if (t.lower === 'chỉ' && toks[j - 1]?.lower === 'ban') return false;
    return true;
  }
  if (t.lower === 'giao' && !(n && /^(thông|dịch|lưu|thương|hữu)$/.test(n.lower))) return true;
  return false;
}

export interface PersonAfter {
  /** first token of the name and its length */
  p: number;
  n: number;
}

/**
 * Where a person name starts inside a run of `run` capitalised syllables at j,
 * when the run closes a title ("… Hải Phòng Lê Trung Kiên").
 */
function nameInRun(toks: Token[], j: number, run: number, afterUnit: boolean): PersonAfter | null {
  if (run < 2) return null;
  // "HĐND phường Lê Thị Mai Anh": a unit used without its name, then a name with a middle "Thị"/"Văn"
  if (
    afterUnit &&
    run > 2 &&
    run < 5 &&
    isSurname(toks[j]) &&
    /^(thị|văn)$/.test(toks[j + 1]?.lower ?? '') &&
    !NAMESAKES.has(nameKey(toks, j, run))
  )
    return { p: j, n: run };
  // "UBND tỉnh Lê Trí Thanh": a unit used without its name, then a three- or four-syllable name
  if (
    afterUnit &&
    (run === 3 || run === 4) &&
    isSurname(toks[j]) &&
    !PLACES.has(nameKey(toks, j, 2)) &&
    !NAMESAKES.has(nameKey(toks, j, run)) &&
    !(run === 4 && isSurname(toks[j + 2]))
  )
    return { p: j, n: run };
  const lo = Math.max(afterUnit ? 2 : 0, run - 4);
  for (let k = lo; k <= run - 2; k++) {
    const p = j + k;
    if (!isSurname(toks[p])) continue;
    const n = run - k;
    const nk = nameKey(toks, p, n);
    if (NAMESAKES.has(nk) || PLACES.has(nk)) continue;
    // "Đoàn Thanh niên": the union, not a person named Đoàn
    if (toks[p]?.lower === 'đoàn' && toks[p + n]?.lower === 'niên') continue;
    if (k === 0) {
      const prev = toks[p - 1];
      // "đường Lê Hồng Phong", "THPT Trần Phú" — but "Sở … Môi trường Trần Thị Lan Anh" is a compound's end
      const compound = (toks[p - 2]?.kind === 'w' && toks[p - 2]?.cap) || toks[p - 2]?.lower === 'nông';
      if (
        prev &&
        (NAMED_AFTER.has(prev.lower) ||
          (PLACE_NOUNS.has(prev.lower) && !prev.cap && prev.lower !== 'phố' && !compound))
      )
        continue;
    }
    return { p, n };
  }
  return null;
}

/**
 * Parses a title at token i. When `person` is set, a name closing the title is returned
 * (title-before-name order) and the title ends before it.
 */
export function parseTitle(
  toks: Token[],
  s: string,
  i: number,
  person: boolean,
  lower = false,
): { m: TitleMatch; who: PersonAfter | null } | null {
  const h = matchHead(toks, i, lower);
  if (!h) return null;
  let j = h.end;
  let last = h.end; // exclusive end of the accepted title
  let who: PersonAfter | null = null;
  if (h.rank) {
    // a rank is a title of its own; "Đại tá Bùi Trung Thành"
    if (person && isNameSyllable(toks[j]) && adjacentTok(toks, j - 1, j, s)) {
      const run = syllableRun(toks, s, j, 4, (x) => !!matchHead(toks, x));
      const w = nameInRun(toks, j, run, false);
      if (w && w.p === j) who = w;
    }
    // a degree is a position only before its holder's name ("TS. Nguyễn Văn A", not "là Thạc sĩ Quản lý …")
    if (!who && ACADEMIC.has(h.head)) return null;
    return { m: { a: i, b: h.end, rank: true, head: h.head }, who };
  }
  let steps = 0;
  let listy = false;
  while (j < toks.length && steps++ < 30) {
    const t = toks[j];
    if (!t) break;
    if (!adjacentTok(toks, j - 1, j, s) && t.kind !== 'p') break;
    if (t.kind === 'n') break;
    if (t.kind === 'w') {
      if (t.cap && person && isNameSyllable(t)) {
        const run = syllableRun(toks, s, j, 9, (x) => !!matchHead(toks, x) && x > j);
        // "… Phát triển nông thôn Lê Minh Hoan": "nông thôn" is not a village
        const prevUnit =
          UNITS.has(toks[j - 1]?.lower ?? '') && !toks[j - 1]?.cap && toks[j - 2]?.lower !== 'nông';
        const w = nameInRun(toks, j, run, prevUnit);
        if (w) {
          last = w.p;
          who = w;
          break;
        }
        j += run;
        last = j;
        continue;
      }
      if (!t.cap && !isAllCaps(t) && !/^\p{N}/u.test(t.text)) {
        if (t.lower === 'và') {
          const n = toks[j + 1];
          // "… và Sở Y tế" continues; "… và Trần Văn Bình, Giám đốc …" is the next person
          const nextPerson =
            isSurname(n) && syllableRun(toks, s, j + 1, 4) >= 2 && !PLACES.has(nameKey(toks, j + 1, 2));
          if (
            n &&
            n.kind === 'w' &&
            (n.cap || isAllCaps(n)) &&
            !matchHead(toks, j + 1) &&
            !isStopAt(toks, j + 1) &&
            !nextPerson
          ) {
            j++;
            continue;
          }
          break;
        }
        // committees of the National Assembly: "Ủy ban Pháp luật của Quốc hội"
        if (
          t.lower === 'của' &&
          toks[j + 1]?.lower === 'quốc' &&
          toks[j + 2]?.lower === 'hội' &&
          toks[j + 1]?.cap &&
          j > h.end
        ) {
          j += 3;
          last = j;
          continue;
        }
        // "Trưởng Ban Chỉ đạo Trung ương về …", "Phó trưởng BCĐ … về …": a steering committee's title
        // carries its scope ("về …", "của …") up to the next comma or semicolon
        if ((t.lower === 'về' || t.lower === 'của') && steering(toks, i, j)) {
          last = j = scopeEnd(toks, j);
          break;
        }
        // "Phó Giám đốc phụ trách Sở TT&TT": the office a deputy is in charge of is part of the title
        const inCharge = j === h.end ? phraseAt(toks, j, IN_CHARGE) : 0;
        if (inCharge && (toks[j + inCharge]?.cap || isAllCaps(toks[j + inCharge]))) {
          j += inCharge;
          last = j;
          continue;
        }
        if (isStopAt(toks, j)) break;
        // "các", "những" only inside an organisation name that already started
        if ((t.lower === 'các' || t.lower === 'những') && j === h.end) break;
      } else if (
        t.cap &&
        j > h.end &&
        matchHead(toks, j) &&
        toks[j - 1]?.kind === 'w' &&
        !(toks[j - 1]?.lower === 'ban')
      ) {
        // a second head glued to the first ("Bí thư Thành ủy Chủ tịch…") ends the title
        if (!/^(ủy|ban|bộ|sở|cục)$/.test(toks[j - 1]?.lower ?? '')) break;
      }
      j++;
      last = j;
      continue;
    }
    // punctuation
    const p = t.text;
    const prev = toks[j - 1];
    const next = toks[j + 1];
    // "… ACV - đơn vị chủ đầu tư": a spaced dash before an apposition ends the title
    const apposition =
      (p === '-' || p === '–') && next?.kind === 'w' && !next.cap && phraseAt(toks, j + 1, APPOSITION) > 0;
    if (
      (p === '-' || p === '–' || p === '&' || p === '/') &&
      prev?.kind === 'w' &&
      next?.kind === 'w' &&
      !isStopAt(toks, j + 1) &&
      !apposition
    ) {
      j++;
      continue;
    }
    if (p === '.' && prev?.lower === 'tp' && next?.kind === 'w' && next.sent === t.sent) {
      // "UBND TP. Hải Phòng"
      j++;
      continue;
    }
    if (commaInsideName(toks, j)) {
      if (prev?.lower === 'phòng') listy = true;
      j++;
      continue;
    }
    // "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố"
    if (
      p === ',' &&
      listy &&
      next?.kind === 'w' &&
      !next.cap &&
      !isAllCaps(next) &&
      !isStopAt(toks, j + 1) &&
      !matchHead(toks, j + 1)
    ) {
      j++;
      continue;
    }
    break;
  }
  if (last === h.end && !who) {
    // a head without organisation stands alone only for some titles ("Phó Thủ tướng", "Bộ trưởng")
    const core = h.head
      .split(/ /.source)
      .filter((x) => !PREFIX.has(x))
      .join(' ');
    if (!BARE_OK.has(core)) return null;
  }
  return { m: { a: i, b: last, rank: false, head: h.head }, who };
}

function adjacentTok(toks: Token[], i: number, j: number, s: string): boolean {
  const a = toks[i];
  const b = toks[j];
  if (!a || !b) return false;
  const gap = s.slice(a.end, b.start);
  return gap === '' || gap === ' ';
}

/** An academic title or degree ("TS", "GS.TS", "Thạc sĩ"): a position, but no public post by itself. */
export function isAcademic(m: TitleMatch): boolean {
  return m.rank && ACADEMIC.has(m.head);
}

/** Business posts and residents' group posts ("… khu dân cư", "… tổ dân phố") are not public offices. */
export function isNotPublicPost(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const l = toks[k]?.lower;
    if ((l === 'khu' || l === 'tổ') && toks[k + 1]?.lower === 'dân' && k + 1 < b) return true;
    if (
      (l === 'công' && toks[k + 1]?.lower === 'ty') ||
      l === 'doanh' ||
      (l === 'tập' && toks[k + 1]?.lower === 'đoàn') ||
      l === 'htx' ||
      (l === 'hợp' && toks[k + 1]?.lower === 'tác') ||
      l === 'cửa'
    )
      return true;
  }
  return false;
}

/** The title [i, j) names a steering committee: "Ban Chỉ đạo …", "BCĐ …". */
function steering(toks: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++)
    if (
      toks[k]?.lower === 'bcđ' ||
      (toks[k]?.lower === 'ban' && toks[k + 1]?.lower === 'chỉ' && toks[k + 2]?.lower === 'đạo')
    )
      return true;
  return false;
}

/** Verbs that close a title's scope: what the person does next ("… về tổng kết Nghị quyết 32 đồng chủ trì"). */
const SCOPE_STOP = new WordSet(LEX.SCOPE_STOP_VERBS);

/** End (exclusive) of a title's "về …" scope: the next comma, semicolon, sentence end or predicate. */
function scopeEnd(toks: Token[], j: number): number {
  let end = j;
  let depth = 0;
  for (let k = j; k < toks.length && k < j + 60; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.kind === 'n' || t.sent !== toks[j]?.sent) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':')) break;
    if (
      t.kind === 'w' &&
      !t.cap &&
      (SCOPE_STOP.hasPair(t.lower, toks[k + 1]?.lower ?? '') || /^(đã|đang|sẽ|vừa)$/.test(t.lower))
    )
      break;
    end = k + 1;
  }
  return end;
}
