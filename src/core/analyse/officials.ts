/**
 * Officials: people named with a post, in either order, in lists, and their later mentions
 * (full name, "đồng chí/ông/bà + given name", rank + given name, bare title used as subject).
 */
import type { Mention } from '../types.ts';
import { key, mentionOf, type Normalised } from './normalise.ts';
import { type Token } from './tokens.ts';
import {
  isNameSyllable,
  isSurname,
  NAMESAKES,
  NOT_PERSON,
  ORG_NOUNS,
  nameKey,
  syllableRun,
} from './names.ts';
import { isAcademic, isNotPublicPost, matchHead, parseTitle, type TitleMatch } from './positions.ts';
import * as LEX from './lexicon.ts';
import { WordSet } from './word-set.ts';

export interface Person {
  key: string;
  name: string;
  given: string;
  official: boolean;
  /** introduced with "đồng chí" */
  comrade: boolean;
  positions: string[];
  posKeys: string[];
  /** positions given by a list header ("các đại biểu Quốc hội: A, B"): kept even when a longer one extends them */
  headerKeys: string[];
  roles: string[];
  mentions: Mention[];
  first: number;
}

/** A place where a person is the subject-capable phrase: [s, endTok]. */
export interface Occ {
  p: Person;
  /** first and last token index of the whole phrase (name + titles) */
  a: number;
  z: number;
}

export interface OfficialsResult {
  persons: Person[];
  occs: Occ[];
}

const MARKERS = new WordSet(LEX.PERSON_MARKERS);
const PREPOSITIONS = new WordSet(LEX.PREPOSITIONS);
const ORG_HEADS = new WordSet(LEX.ORG_HEAD_WORDS);
const PLURAL = new WordSet(LEX.PLURAL_WORDS);
const CREDIT_LABELS = new WordSet(LEX.CREDIT_LABELS);
/** Titles that may be used bare, without organisation, to refer to a known person. */
const BARE_ALIAS = new RegExp(`^(phó )?(${LEX.BARE_ALIAS_TITLES.join('|')})$`);

export function findOfficials(n: Normalised, toks: Token[], author: string | null): OfficialsResult {
  const s = n.s;
  const persons = new Map<string, Person>();
  const order: Person[] = [];
  const occs: Occ[] = [];
  // "Bài, ảnh: Minh Thu" → "minh thu"
  const authorKey = author ? key(author.replace(/^.*[:：]/u, '')) : '';
  // a plain array: a typed array's buffer costs more to set up than this walk saves on a short text
  const consumed: number[] = new Array<number>(toks.length).fill(0);

  const text = (a: number, b: number) => mentionOf(n, toks[a]?.start ?? 0, toks[b - 1]?.end ?? 0);
  // a title wrapped over a line break reads as one line
  const tmText = (m: TitleMatch) => withoutTrailing(text(m.a, m.b).text).replace(/\s+/g, ' ');

  const personFor = (p: number, len: number): Person => {
    const k = nameKey(toks, p, len);
    let per = persons.get(k);
    if (!per) {
      per = {
        key: k,
        name: text(p, p + len).text,
        given: toks[p + len - 1]?.lower ?? '',
        official: false,
        comrade: false,
        positions: [],
        posKeys: [],
        headerKeys: [],
        roles: [],
        mentions: [],
        first: toks[p]?.start ?? 0,
      };
      persons.set(k, per);
      order.push(per);
    }
    return per;
  };
  const excluded = (per: Person) =>
    per.key === authorKey || (NAMESAKES.has(per.key) && per.positions.length === 0);
  const addPos = (per: Person, m: TitleMatch) => {
    if (isNotPublicPost(toks, m.a, m.b)) return;
    const t = tmText(m);
    if (
      !t ||
      per.positions.some(
        (x) => x.toLowerCase() === t.toLowerCase() || (key(x) === key(t) && x.length === t.length),
      )
    )
      return;
    per.positions.push(t);
    per.posKeys.push(key(t));
    if (!isAcademic(m)) per.official = !excluded(per);
  };
  const starts = new Set<number>();
  const addMention = (per: Person, a: number, b: number) => {
    const m = text(a, b);
    if (starts.has(m.start)) return;
    starts.add(m.start);
    per.mentions.push(m);
  };
  const mark = (a: number, b: number) => {
    for (let k = Math.max(a, 0); k < b && k < consumed.length; k++) consumed[k] = 1;
  };

  /** "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Văn Tùng": a chain of titles from k closed by a name. */
  const chainEndsInName = (k: number): boolean => {
    for (let q = 0; q < 8; q++) {
      const r = parseTitle(toks, s, k, true, true);
      if (!r) return false;
      if (r.who) return true;
      if (toks[r.m.b]?.text !== ',') return false;
      k = r.m.b + 1;
    }
    return false;
  };

  /** Titles after a name: ", T1, T2" or " – T1"; then "làm Trưởng đoàn" / "giữ chức T". Returns last token index. */
  const apposition = (per: Person, after: number): number => {
    let z = after - 1;
    let j = after;
    for (;;) {
      const sep = toks[j];
      // "ông A là Giám đốc Sở Y tế": a copula links the first title
      // "A, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng, …": a semicolon followed by a title (not by the
      // next person's name) continues the same person's titles
      const semi = sep?.text === ';' && j > after && !chainEndsInName(j + 1);
      if (
        !sep ||
        !(
          sep.text === ',' ||
          sep.text === '–' ||
          sep.text === '-' ||
          sep.text === '(' ||
          semi ||
          sep.lower === 'kiêm' ||
          (sep.lower === 'là' && j === after)
        )
      )
        break;
      // "…, kiêm Trưởng Công an phường"
      if (sep.text === ',' && toks[j + 1]?.lower === 'kiêm') j++;
      const r = parseTitle(toks, s, j + 1, true, true);
      if (!r || r.who) break; // a title that closes on another name belongs to that person
      if (sep.text === '(' && toks[r.m.b]?.text !== ')') break;
      addPos(per, r.m);
      z = r.m.b - 1;
      j = r.m.b;
      if (sep.text === '(') {
        z = j;
        j++;
      }
    }
    // "làm Trưởng đoàn" (a role, alias only) / "giữ chức …" (a post)
    const w = toks[j];
    if (w && (w.lower === 'làm' || (w.lower === 'giữ' && toks[j + 1]?.lower === 'chức'))) {
      const at = w.lower === 'làm' ? j + 1 : j + 2;
      const r = parseTitle(toks, s, at, false);
      if (r && toks[at]?.cap) {
        if (w.lower === 'làm') per.roles.push(key(tmText(r.m)));
        else addPos(per, r.m);
      }
    }
    return z;
  };

  const nameAt = (i: number): number => {
    if (!isSurname(toks[i])) return 0;
    const run = syllableRun(toks, s, i, 5, (x) => !!matchHead(toks, x));
    if (
      run < 2 ||
      run > 4 ||
      NOT_PERSON.has(nameKey(toks, i, Math.min(run, 3))) ||
      NOT_PERSON.has(nameKey(toks, i, 2))
    )
      return 0;
    return run;
  };

  // a credit line ("Ảnh: Minh Thu", "Bài và ảnh: …", "Nguồn: …") names a journalist, not a person of the article
  const isCredit = (i: number) => toks[i - 1]?.text === ':' && CREDIT_LABELS.has(toks[i - 2]?.lower ?? '');

  // look-backs are bounded so that long inputs stay linear
  const lastOccOf = (filter: (p: Person) => boolean, before: number): Person | null => {
    for (let k = occs.length - 1, o = occs[k]; o && k >= occs.length - 300; o = occs[--k])
      if ((toks[o.a]?.start ?? before) < before && filter(o.p)) return o.p;
    return null;
  };
  const firstOf = (filter: (p: Person) => boolean): Person | null => {
    for (const p of order.slice(0, 300)) if (filter(p)) return p;
    return null;
  };

  /**
   * The known official a title refers to. A bare head ("Phó Chủ tịch") is accepted when it is a subject
   * (`subject`), and then only for someone spoken of recently.
   */
  const resolveTitle = (
    tk: string,
    head: string,
    at: number,
    comrade: boolean,
    subject = false,
  ): Person | null => {
    const tail = tk !== head;
    const loose = tail || comrade || BARE_ALIAS.test(tk);
    const match = (p: Person) =>
      p.official && p.first < at && (p.posKeys.includes(tk) || p.roles.includes(tk));
    const found = lastOccOf(match, at) ?? firstOf(match);
    if (found) return found;
    if (loose || subject) {
      // a shortened title ("Giám đốc Sở", "Trưởng ban") names the one person whose post starts with it,
      // or contains it after a qualifier other than "Phó"/"nguyên" ("Quyền Giám đốc Sở Y tế")
      const short = (k: string) => {
        const x = (' ' + k + ' ').indexOf(' ' + tk + ' ');
        return x === 0 || (x > 0 && !/ (phó|nguyên)$/.test(' ' + k.slice(0, x - 1)));
      };
      let one: Person | null = null;
      for (const p of order.slice(0, 300)) {
        if (!p.official || p.first >= at || !p.posKeys.some(short)) continue;
        if (one) {
          one = null;
          break;
        }
        one = p;
      }
      if (one) return one;
    }
    return null;
  };

  /**
   * The members of a list that shares one title, from token j: names separated by commas, semicolons
   * or "và", each with an optional marker (ông/bà/đồng chí) and its own apposition. With `shareDash`,
   * a dash apposition after the last name belongs to every member ("A, B - Tỉnh ủy viên, …").
   * Returns the last token index used.
   */
  const listMembers = (m: TitleMatch, j: number, shareDash: boolean): number => {
    let z = j - 1;
    const members: Person[] = [];
    let ownApposition = false;
    for (;;) {
      const mk =
        toks[j]?.lower === 'đồng' && toks[j + 1]?.lower === 'chí'
          ? 2
          : MARKERS.has(toks[j]?.lower ?? '')
            ? 1
            : 0;
      const len = nameAt(j + mk);
      if (!len) break;
      j += mk;
      const per = personFor(j, len);
      if (mk === 2) per.comrade = true;
      addPos(per, m);
      per.headerKeys.push(key(tmText(m)));
      addMention(per, j, j + len);
      const before = per.positions.length;
      const e = apposition(per, j + len);
      if (e > j + len - 1 && toks[j + len]?.text === ',') ownApposition = true;
      occs.push({ p: per, a: j, z: e });
      if (shareDash && !ownApposition && members.length && /^[-–]$/.test(toks[j + len]?.text ?? ''))
        for (const o of members)
          for (const x of per.positions.slice(before))
            if (!o.positions.includes(x)) {
              o.positions.push(x);
              o.posKeys.push(key(x));
            }
      members.push(per);
      z = e;
      j = e + 1;
      const sep = toks[j];
      const mk2 =
        toks[j + 1]?.lower === 'đồng' && toks[j + 2]?.lower === 'chí'
          ? 2
          : MARKERS.has(toks[j + 1]?.lower ?? '')
            ? 1
            : 0;
      if (sep && (sep.text === ';' || ((sep.text === ',' || sep.lower === 'và') && nameAt(j + 1 + mk2)))) j++;
      else {
        // "A - nguyên Giám đốc Sở X, đã nghỉ hưu từ ngày 1/3; B - …": a remark closes the item, a semicolon the next
        let k = j;
        while (
          k < j + 40 &&
          toks[k]?.sent === toks[z]?.sent &&
          toks[k]?.text !== ';' &&
          toks[k]?.kind !== 'n'
        )
          k++;
        if (toks[k]?.text !== ';') break;
        j = k + 1;
      }
    }
    return z;
  };

  /**
   * "chức danh|chức vụ TITLE [nhiệm kỳ …][,] đối với [các] [ông|bà|đồng chí][:]": where the list of
   * people holding (or leaving) TITLE starts, or 0.
   */
  const headerFor = (b: number): number => {
    let h = -1;
    for (let k = b - 1; k >= 0 && k >= b - 14; k--)
      if ((toks[k]?.lower === 'danh' || toks[k]?.lower === 'vụ') && toks[k - 1]?.lower === 'chức') {
        h = k;
        break;
      }
    if (h < 0) return 0;
    let j = b;
    if (toks[j]?.text === ',' && toks[j + 1]?.lower === 'nhiệm') j++;
    if (toks[j]?.lower === 'nhiệm' && toks[j + 1]?.lower === 'kỳ') {
      j += 2;
      while (/^(\d+|-|–)$/.test(toks[j]?.text ?? '')) j++;
    }
    if (toks[j]?.text === ',') j++;
    if (!(toks[j]?.lower === 'đối' && toks[j + 1]?.lower === 'với')) return 0;
    j += 2;
    if (toks[j]?.lower === 'các') j++;
    if (toks[j]?.lower === 'đồng' && toks[j + 1]?.lower === 'chí') j += 2;
    else if (MARKERS.has(toks[j]?.lower ?? '')) j++;
    if (toks[j]?.text === ':') j++;
    return nameAt(j) || nameAt(j + 1) ? j : 0;
  };

  // unresolved titles followed by a comma: "Ủy viên Trung ương Đảng, Bí thư Thành ủy Lê Tiến Châu"
  let pending: TitleMatch[] = [];
  let pendingEnd = -2;
  const takePending = (per: Person, at: number) => {
    if (pendingEnd === at - 1) for (const m of pending) addPos(per, m);
    pending = [];
    pendingEnd = -2;
  };

  /** Pass at token i: đồng chí / ông / bà / anh / chị + name or given name, or + title ("Đồng chí Phó Trưởng Ban …"). Returns the last token used, or null when nothing starts at i. */
  const markerPhrase = (i: number): number | null => {
    const t = toks[i];
    if (!t) return null;
    const prev = toks[i - 1];
    let markerLen = 0;
    let comrade = false;
    if (t.lower === 'đồng' && toks[i + 1]?.lower === 'chí') {
      markerLen = 2;
      comrade = true;
    } else if (t.lower === 'đ' && toks[i + 1]?.text === '/' && toks[i + 2]?.lower === 'c') {
      markerLen = 3; // "Đ/c"
      comrade = true;
    } else if (MARKERS.has(t.lower)) markerLen = 1;
    if (markerLen && prev && PLURAL.has(prev.lower)) {
      // "các đồng chí: A, …" — a list: each item is handled as a name-first phrase
      return i + markerLen - 1;
    }
    if (markerLen) {
      const j = i + markerLen;
      // "Bà Lan Anh", "ông Văn Hải": the end of a known full name
      const run = syllableRun(toks, s, j, 4, (x) => !!matchHead(toks, x));
      if ((run === 2 || run === 3) && !persons.has(nameKey(toks, j, run))) {
        const tail = ' ' + nameKey(toks, j, run);
        const known = (p: Person) => p.key.endsWith(tail);
        const per = lastOccOf(known, toks[j]?.start ?? 0) ?? firstOf(known);
        if (per) {
          addMention(per, i, j + run);
          occs.push({ p: per, a: i, z: j + run - 1 });
          return j + run - 1;
        }
      }
      const len = nameAt(j);
      if (len) {
        const per = personFor(j, len);
        takePending(per, i);
        if (comrade) {
          per.comrade = true;
          per.official = !excluded(per);
        }
        addMention(per, j, j + len);
        const z = apposition(per, j + len);
        occs.push({ p: per, a: i, z });
        mark(i, z + 1);
        return z;
      }
      // marker + given name: "Ông Thọ", "đồng chí Tùng"
      if (isNameSyllable(toks[j]) && !isNameSyllable(toks[j + 1]) && !matchHead(toks, j)) {
        const g = toks[j]?.lower;
        const per = lastOccOf((p) => p.given === g, toks[j]?.start ?? 0) ?? firstOf((p) => p.given === g);
        if (per) {
          addMention(per, i, j + 1);
          occs.push({ p: per, a: i, z: j });
          i = j;
        }
        return i;
      }
      if (comrade) {
        // "Đồng chí Phó Trưởng Ban Tuyên giáo Trung ương", "đồng chí Bí thư Thành ủy Lê Tiến Châu"
        const r = parseTitle(toks, s, j, true, true);
        if (r && !r.who) {
          const tk = key(tmText(r.m));
          const per = resolveTitle(tk, r.m.head, toks[i]?.start ?? 0, true);
          if (per) {
            addMention(per, i, r.m.b);
            occs.push({ p: per, a: i, z: r.m.b - 1 });
            i = r.m.b - 1;
          }
          return i;
        }
        return j - 1; // let the title-first branch see the title at j
      }
      return i;
    }
    return null;
  };

  /** Pass at token i: a rank and a given name of a known official: "Thượng tá Bằng". Returns the last token used, or null when nothing starts at i. */
  const rankAndGivenName = (i: number): number | null => {
    const h = matchHead(toks, i);
    if (
      h &&
      h.rank &&
      isNameSyllable(toks[h.end]) &&
      !isNameSyllable(toks[h.end + 1]) &&
      !isSurname(toks[h.end])
    ) {
      const g = toks[h.end]?.lower;
      const per = lastOccOf((p) => p.given === g && p.official, toks[i]?.start ?? 0);
      if (per) {
        addMention(per, i, h.end + 1);
        occs.push({ p: per, a: i, z: h.end });
        return h.end;
      }
    }
    return null;
  };

  /** Pass at token i: a title first: "Chủ tịch UBND thành phố Nguyễn Văn Tùng", list headers, a bare title used for a known person. Returns the last token used, or null when nothing starts at i. */
  const titleFirst = (i: number): number | null => {
    const t = toks[i];
    if (!t) return null;
    const prev = toks[i - 1];
    const h = matchHead(toks, i);
    // a title glued to a capitalised word belongs to an organisation ("Ban Bí thư"), unless that word opens the sentence ("Theo Đại tá …")
    const glued =
      prev && prev.kind === 'w' && prev.cap && (ORG_HEADS.has(prev.lower) || toks[i - 2]?.sent === prev.sent);
    // a title in lower case before an organisation ("bí thư Huyện ủy Phạm Văn Mạnh", "các phó chủ tịch UBND TP: …")
    const low = !h && !t.cap && !!matchHead(toks, i, true);
    if ((h || low) && !glued) {
      const r = parseTitle(toks, s, i, true, low);
      if (r) {
        const plural =
          (prev && PLURAL.has(prev.lower)) ||
          (prev?.lower === 'chí' && toks[i - 2]?.lower === 'đồng' && PLURAL.has(toks[i - 3]?.lower ?? ''));
        if (r.who && !plural) {
          const { p, n: len } = r.who;
          const per = personFor(p, len);
          takePending(per, i);
          addPos(per, r.m);
          addMention(per, p, p + len);
          const z = apposition(per, p + len);
          occs.push({ p: per, a: i, z });
          mark(i, z + 1);
          return z;
        }
        if (plural && toks[r.m.b]?.text === ':') {
          // "các Phó Chủ tịch UBND thành phố: A, B, C"; "các đồng chí Ủy viên …: A, title; B, title"
          const z = listMembers(r.m, r.m.b + 1, false);
          mark(i, z + 1);
          return z;
        }
        if (plural && r.who && toks[r.who.p - 1]?.kind === 'w') {
          // "các Phó Chủ tịch HĐND tỉnh A, B - Tỉnh ủy viên, …": the names follow the title directly
          const z = listMembers(r.m, r.who.p, true);
          mark(i, z + 1);
          return z;
        }
        const hd = r.who || plural ? 0 : headerFor(r.m.b);
        if (hd) {
          // "bầu bổ sung chức danh ủy viên UBND tỉnh đối với các ông: A - …; B - …"
          const z = listMembers(r.m, hd, false);
          mark(i, z + 1);
          return z;
        }
        if (!plural && !r.who && !r.m.rank && toks[r.m.b]?.lower === 'là') {
          // "Giám đốc Sở Y tế là bà Đào Thị Hoà"
          const c = r.m.b + 1;
          const mk =
            toks[c]?.lower === 'đồng' && toks[c + 1]?.lower === 'chí'
              ? 2
              : MARKERS.has(toks[c]?.lower ?? '')
                ? 1
                : 0;
          const len = nameAt(c + mk);
          if (len) {
            const per = personFor(c + mk, len);
            takePending(per, i);
            addPos(per, r.m);
            addMention(per, c + mk, c + mk + len);
            const z = apposition(per, c + mk + len);
            occs.push({ p: per, a: i, z });
            mark(i, z + 1);
            return z;
          }
        }
        if (r.m.rank && !r.who && toks[r.m.b]?.text === ',' && t.cap && !plural) {
          // "Thiếu tướng, Tư lệnh … Vũ Trung Kiên": a rank waiting for the name after the next title
          if (pendingEnd !== i - 1) pending = [];
          pending.push(r.m);
          pendingEnd = r.m.b;
          return r.m.b - 1;
        }
        if (!plural && !r.who && !r.m.rank && (t.cap || (low && r.m.b - i > 2))) {
          const tk = key(tmText(r.m));
          const after = toks[r.m.b];
          const per = resolveTitle(tk, r.m.head, t.start, false, !!after && after.kind === 'w' && !after.cap);
          if (per) {
            addMention(per, i, r.m.b);
            occs.push({ p: per, a: i, z: r.m.b - 1 });
          } else if (
            t.cap &&
            (toks[r.m.b]?.text === ',' || toks[r.m.b]?.lower === 'kiêm') &&
            !(prev && PREPOSITIONS.has(prev.lower))
          ) {
            if (pendingEnd !== i - 1) pending = [];
            pending.push(r.m);
            pendingEnd = r.m.b;
          }
          return r.m.b - 1;
        }
      }
    }
    return null;
  };

  /** Pass at token i: a name first without marker: "Nguyễn Văn Tùng, Phó Bí thư Thành ủy, …"; later mentions of known names. Returns the last token used, or null when nothing starts at i. */
  const nameFirst = (i: number): number | null => {
    const len = nameAt(i);
    if (len && !isCredit(i)) {
      const k = nameKey(toks, i, len);
      const sep = toks[i + len];
      const titled =
        sep &&
        (sep.text === ',' || sep.text === '–' || sep.text === '-' || sep.lower === 'là') &&
        parseTitle(toks, s, i + len + 1, false, true);
      if (titled && !NAMESAKES.has(k) && !insideProperNoun(toks, i)) {
        const per = personFor(i, len);
        addMention(per, i, i + len);
        const z = apposition(per, i + len);
        occs.push({ p: per, a: i, z });
        mark(i, z + 1);
        return z;
      }
      const per = persons.get(k);
      if (per) {
        addMention(per, i, i + len);
        occs.push({ p: per, a: i, z: i + len - 1 });
      }
      return i + len - 1;
    }
    return null;
  };

  // one walk over the tokens; at each word the passes are tried in this order
  for (let i = 0; i < toks.length; i++) {
    if (consumed[i] || toks[i]?.kind !== 'w') continue;
    const next = markerPhrase(i) ?? rankAndGivenName(i) ?? titleFirst(i) ?? nameFirst(i);
    if (next !== null) i = next;
  }

  postsTakenOrLeft(toks, s, occs, addPos);

  for (const p of order) {
    p.mentions.sort((a, b) => a.start - b.start);
    // "Phó Thủ tướng" is not a second post of "Phó Thủ tướng Chính phủ"
    const keep = p.posKeys.map(
      (k) => p.headerKeys.includes(k) || !p.posKeys.some((o) => o !== k && o.startsWith(k + ' ')),
    );
    p.positions = p.positions.filter((_, i) => keep[i]);
    p.posKeys = p.posKeys.filter((_, i) => keep[i]);
  }
  return { persons: order, occs };
}

/**
 * Posts assigned or relinquished in the article: "(thôi) giữ chức (vụ) TITLE" gives TITLE to the person
 * named last before it in the same sentence, and to the people coordinated with that person by "và"
 * ("Ông A, … và ông B, … được bầu giữ chức Phó Chủ tịch UBND thành phố").
 */
function postsTakenOrLeft(
  toks: Token[],
  s: string,
  occs: Occ[],
  addPos: (p: Person, m: TitleMatch) => void,
): void {
  let q = 0;
  const sorted = occs.slice().sort((x, y) => x.a - y.a);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!(toks[i]?.lower === 'giữ' && toks[i + 1]?.lower === 'chức')) continue;
    let at = i + 2;
    if (toks[at]?.lower === 'vụ' || toks[at]?.lower === 'danh') at++;
    const r = parseTitle(toks, s, at, false, true);
    if (!r) continue;
    while ((sorted[q]?.a ?? i) < i) q++;
    const sent = toks[i]?.sent;
    let k = q - 1;
    let o = sorted[k];
    if (!o || toks[o.a]?.sent !== sent) continue;
    addPos(o.p, r.m);
    // coordinated: "A, T và B, T giữ chức …"
    for (
      let c = sorted[k - 1];
      c && toks[c.z + 1]?.lower === 'và' && c.z + 1 < o.a && toks[c.a]?.sent === sent;
      c = sorted[k - 1]
    ) {
      k--;
      o = c;
      addPos(o.p, r.m);
    }
  }
}

/**
 * A name-shaped run at i continues a longer proper noun, so it is no person named with a title after it:
 * glued to a capitalised word ("Đối tác Thái Bình Dương", "Báo Hà Nội Mới"), joined by a dash to one
 * ("Châu Á - Thái Bình Dương"), or after an organisation or newspaper noun.
 */
function insideProperNoun(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p || p.sent !== toks[i]?.sent) return false;
  if (p.kind === 'w' && (ORG_NOUNS.has(p.lower) || ORG_NOUNS.hasPair(toks[i - 2]?.lower, p.lower)))
    return true;
  if (p.kind === 'w' && p.cap && i - 1 > 0 && toks[i - 2]?.sent === p.sent && toks[i - 2]?.kind === 'w')
    return true;
  if (
    (p.text === '-' || p.text === '–') &&
    toks[i - 2]?.kind === 'w' &&
    toks[i - 2]?.cap &&
    toks[i - 2]?.sent === p.sent
  )
    return true;
  return false;
}

/** One trailing mark: white space or `,;:.`. */
const TRAILING = /^[\s,;:.]$/u;

/** `t` without its trailing white space and `,;:.` (as `t.replace(/[\s,;:.]+$/u, '')`, without a regular expression tried at every offset). */
export function withoutTrailing(t: string): string {
  let e = t.length;
  while (e > 0 && TRAILING.test(t.charAt(e - 1))) e--;
  return e === t.length ? t : t.slice(0, e);
}
