/**
 * Directives: an identified official + đề nghị / yêu cầu / chỉ đạo / giao / nhấn mạnh / lưu ý,
 * the clause running from the verb to the end of the sentence.
 */
import type { Directive } from '../types.ts';
import { mentionOf, type Normalised } from './normalise.ts';
import { type Sentence, type Token } from './tokens.ts';
import type { Occ, Person } from './officials.ts';
import { isSurname } from './names.ts';
import * as LEX from './lexicon.ts';
import { WordSet } from './word-set.ts';

const VERBS = LEX.DIRECTIVE_VERBS.map((v) => v.split(' '));
/** Words between the subject and the verb. */
const ADVERBS = new WordSet(LEX.SUBJECT_ADVERBS);
const ADVERBS2 = new WordSet(LEX.SUBJECT_ADVERBS2);
/** A verb preceded by these is a noun or a passive: "được giao", "Về đề nghị", "theo yêu cầu". */
const NOT_AFTER = new WordSet(LEX.NOT_BEFORE_VERB);
const GIAO_NOT_BEFORE = new RegExp(`^(${LEX.GIAO_COMPOUNDS.join('|')})$`);
const DEONTIC = new RegExp(
  `(?:^|[^\\p{L}])(${LEX.MODALS.map((w) => (w === 'cần' ? 'cần(?! thiết)' : w)).join('|')})(?![\\p{L}])`,
  'u',
);

const ADDRESSEE = new WordSet(LEX.ADDRESSEE_WORDS);
const NOT_ADDRESSEE = new WordSet(LEX.NOT_ADDRESSEE_WORDS);

/** Sentence openers after which a directive continues the previous speaker: "Đồng thời, giao …" */
const CONNECTIVES = new WordSet(LEX.CONNECTIVES);

/** Words after a verb that show it is a noun: "Yêu cầu đặt ra là …" */
const NOT_OBJECT = new WordSet(LEX.NOT_OBJECT_WORDS);

/**
 * The subject of a coordinated verb: "Đồng chí A ghi nhận … và đề nghị …", "A biểu dương …, đồng thời yêu cầu …".
 * It opens the clause, a verb follows it, and no other clause (comma) stands between it and the coordination.
 */
/**
 * Predicates of approval and acknowledgement that open a sentence whose next clause, after a comma or
 * semicolon, gives the instruction: "Ông A biểu dương các lực lượng, đề nghị …", "Bà B đồng ý …; giao …".
 */
const APPROVAL = new WordSet(LEX.APPROVAL_VERBS);

function approvalAt(toks: Token[], j: number): boolean {
  for (let t = toks[j]; t?.kind === 'w' && ADVERBS.has(t.lower); t = toks[++j]);
  const a = toks[j];
  const b = toks[j + 1];
  return !!a && !!b && a.kind === 'w' && b.kind === 'w' && !a.cap && APPROVAL.hasPair(a.lower, b.lower);
}

function coordinatedSubject(
  toks: Token[],
  occs: Occ[],
  occIdx: number,
  sentStart: number,
  k: number,
  lastOcc: Occ | null,
  afterComma = false,
): Person | null {
  const sent = toks[k]?.sent;
  let found: Occ | null = null;
  for (let q = occIdx - 1; q >= 0 && q >= occIdx - 50; q--) {
    const o = occs[q];
    if (!o) break;
    if (toks[o.a]?.sent !== sent) break;
    if (o.a === sentStart || toks[o.a - 1]?.text === ',') found = o;
  }
  let z: number;
  let who: Person | null;
  if (found) {
    z = found.z;
    who = found.p;
  } else {
    // "Đồng chí cảm ơn … và đề nghị …": the pronoun subject is the person last spoken of
    const t0 = toks[sentStart];
    z = t0?.lower === 'đồng' && toks[sentStart + 1]?.lower === 'chí' ? sentStart + 1 : sentStart;
    if (!(t0 && (z > sentStart || t0.lower === 'ông' || t0.lower === 'bà'))) return null;
    who = lastOcc ? lastOcc.p : null;
  }
  const after = toks[z + 1];
  if (!after || after.kind !== 'w' || after.cap) return null;
  const end = toks[k]?.lower === 'và' ? k : k - 1;
  const approval = approvalAt(toks, z + 1);
  if (afterComma && (!approval || end - z > 80)) return null;
  // "… ghi nhận ý kiến của cử tri Nguyễn Văn Nam, đề nghị …": the request may be the named person's
  if (afterComma)
    for (let j = z + 2; j < end; j++) if (toks[j]?.cap && isSurname(toks[j]) && toks[j + 1]?.cap) return null;
  for (let j = z + 1; j < end; j++)
    if (toks[j]?.text === ':' || (!approval && (toks[j]?.text === ',' || toks[j]?.text === ';'))) return null;
  return who;
}

/** A short subject then a modal: "chương trình phải …", "công tác chuẩn bị nhân sự phải …" (no comma before it). */
function deonticSoon(toks: Token[], from: number, b: number): boolean {
  for (let j = from; j <= b && j < from + 8; j++) {
    const t = toks[j];
    if (!t) return false;
    if (t.text === ',' && toks[j - 1]?.lower === 'phòng' && toks[j + 1]?.lower === 'chống') continue; // "phòng, chống"
    if (t.kind !== 'w') return false;
    if (t.lower === 'phải' || (t.lower === 'cần' && toks[j + 1]?.lower !== 'thiết')) return j > from;
  }
  return false;
}

/**
 * Index after a time phrase that opens the clause ("năm 2026", "trong quý III,", "từ tháng 6/2025",
 * "trong thời gian tới,"), or j when there is none.
 */
function afterTime(toks: Token[], j: number): number {
  let k = j;
  for (let q = 0; q < 2 && /^(trong|từ|ngay|đến|sau|trước)$/.test(toks[k]?.lower ?? ''); q++) k++;
  const t = toks[k]?.lower ?? '';
  let m = k + 1;
  if (t === 'thời' && toks[m]?.lower === 'gian') m++;
  else if (t === 'giai' || t === 'nhiệm') {
    if (!/^(đoạn|kỳ)$/.test(toks[m]?.lower ?? '')) return j;
    m++;
  } else if (!/^(năm|quý|tháng|tuần|dịp)$/.test(t)) return j;
  if (!/^(\d+|[ivx]+|nay|tới|này|sau|cuối|đầu)$/.test(toks[m]?.lower ?? '')) return j;
  m++;
  while (
    (toks[m]?.text === '/' || toks[m]?.text === '-' || toks[m]?.text === '–') &&
    /^\d+$/.test(toks[m + 1]?.text ?? '')
  )
    m += 2;
  return toks[m]?.text === ',' ? m + 1 : m;
}

/** Nouns for what is to be done: "nhấn mạnh 3 nhiệm vụ trọng tâm", "nhấn mạnh các giải pháp …". */
const TASK_NOUNS = new WordSet(LEX.TASK_NOUNS);

/** "3 nhiệm vụ", "các giải pháp", "những nội dung": a count or plural, then a task noun. */
function tasksNamed(toks: Token[], j: number): boolean {
  const w = toks[j];
  if (!w || !(/^\d+$/.test(w.text) || /^(các|những|hai|ba|bốn|năm|sáu|bảy|một số)$/.test(w.lower)))
    return false;
  return TASK_NOUNS.hasPair(toks[j + 1]?.lower, toks[j + 2]?.lower ?? '');
}

/** Document types an official signs to give an instruction: "ký Công điện khẩn số 03/CĐ-UBND yêu cầu …". */
const SIGNED = new WordSet(LEX.SIGNED_DOCUMENTS);

/**
 * The official who signs the document that gives the instruction: "Chủ tịch UBND tỉnh Lê Văn A (đã) ký
 * Công điện số 03/CĐ-UBND yêu cầu …". The verb follows the document's naming without a comma.
 */
function signerOf(toks: Token[], byEnd: Map<number, Occ>, i: number, sentStart: number): Person | null {
  for (let k = i - 1; k >= sentStart && k >= i - 16; k--) {
    const t = toks[k];
    if (!t) return null;
    if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.') return null;
    const signs = t.lower === 'ký' || (t.lower === 'hành' && toks[k - 1]?.lower === 'ban');
    if (!signs) continue;
    const d = toks[k + 1];
    if (!d || !d.cap || !SIGNED.hasPair(d.lower, toks[k + 2]?.lower ?? '')) return null;
    let j = t.lower === 'ký' ? k - 1 : k - 2;
    while (j >= sentStart && ADVERBS.has(toks[j]?.lower ?? '')) j--;
    const o = byEnd.get(j);
    return o ? o.p : null;
  }
  return null;
}

/** The verb opens a paragraph, after an optional bullet or item number: "- Giao Sở Y tế …", "2. Yêu cầu …". */
function opensItem(toks: Token[], i: number): boolean {
  let k = i - 1;
  if (/^[-–+•*)]$/.test(toks[k]?.text ?? '')) k--;
  if ((toks[k]?.text === '.' || toks[k]?.text === ')') && /^\d+$/.test(toks[k - 1]?.text ?? '')) k -= 2;
  else if (/^\d+$/.test(toks[k]?.text ?? '')) k--;
  return k < 0 || toks[k]?.kind === 'n';
}

/** First words of the directive verbs: most tokens are rejected by one lookup. */
const VERB_FIRST = new WordSet(VERBS.flatMap((v) => v.slice(0, 1)));

function matchVerb(toks: Token[], i: number): number {
  if (!VERB_FIRST.has(toks[i]?.lower)) return 0;
  for (const v of VERBS) {
    let ok = true;
    for (let k = 0; k < v.length; k++) {
      if (toks[i + k]?.lower !== v[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return v.length;
  }
  return 0;
}

/**
 * The directive word at token i (length len) is used as a verb: not a noun ("yêu cầu của", "Về đề nghị",
 * "Ban Chỉ đạo", "giao thông"), not a passive ("được giao"), not a request for oneself ("đề nghị được …").
 */
function usedAsVerb(toks: Token[], i: number, len: number, byEnd: Map<number, Occ>): boolean {
  const t = toks[i];
  if (!t) return false;
  const next = toks[i + len];
  const prev = toks[i - 1];
  // "của": a noun; "đề nghị được …": asking something for oneself
  if (next && (next.lower === 'của' || next.lower === 'được')) return false;
  if (next?.text === ',' && t.lower === 'chỉ') return false; // "Phát biểu chỉ đạo, …"
  if (
    len === 1 &&
    (!next || (GIAO_NOT_BEFORE.test(next.lower) && !next.cap) || (next.kind !== 'w' && next.text !== ':'))
  )
    return false;
  if (t.cap && prev && prev.sent === t.sent && prev.kind === 'w') return false; // "Ban Chỉ đạo", "Sở Giao thông"
  // …unless the word before closes a known subject ("Trưởng ban yêu cầu")
  if (prev && prev.sent === t.sent && NOT_AFTER.has(prev.lower) && !byEnd.has(i - 1)) return false;
  return true;
}

/**
 * The clause of a directive: from the verb to the end of its sentence, without the final stop; list lines of the
 * same paragraph after a closing colon join it. A colon that closes the paragraph introduces items in the next
 * paragraphs (listIntro): the mention stops before it. Null when nothing follows the verb.
 */
function clauseOf(
  toks: Token[],
  sents: Sentence[],
  i: number,
  len: number,
): { b: number; listIntro: boolean } | null {
  const t = toks[i];
  if (!t) return null;
  const sent = sents[t.sent];
  let b = sent ? sent.b : toks.length - 1;
  // a colon closing the paragraph introduces a list in the following lines: they belong to it
  let listIntro = false;
  if (toks[b]?.text === ':') {
    listIntro = true;
    let q = t.sent + 1;
    for (let sq = sents[q]; sq && q - t.sent <= 30 && sq.para === t.para; sq = sents[++q]) {
      const f = toks[sq.a];
      if (!f) break;
      const bullet =
        f.text === '-' ||
        f.text === '–' ||
        f.text === '+' ||
        f.text === '•' ||
        f.text === '*' ||
        (f.kind === 'w' && !f.cap && !/^\p{N}/u.test(f.text)) ||
        (/^\p{N}+$/u.test(f.text) && (toks[sq.a + 1]?.text === '.' || toks[sq.a + 1]?.text === ')'));
      if (!bullet) break;
      b = sq.b;
      listIntro = false;
    }
  }
  while (
    b > i &&
    toks[b]?.kind === 'p' &&
    (toks[b]?.text === '.' ||
      toks[b]?.text === '…' ||
      toks[b]?.text === ';' ||
      toks[b]?.text === ',' ||
      (listIntro && toks[b]?.text === ':'))
  )
    b--;
  // "“…”, Phó Chủ tịch yêu cầu.": nothing follows the verb, so the clause names no instruction;
  // "Chủ tịch UBND tỉnh yêu cầu:" closing a paragraph introduces the items of the next paragraphs
  if (b < i + len && !listIntro) return null;
  return { b, listIntro };
}

/**
 * "nhấn mạnh" and "lưu ý" (and any verb followed by a comma) count only when they instruct: a modal ("phải",
 * "cần" …), an addressee ("các sở …", "lực lượng …") or the tasks named ("3 nhiệm vụ …") — not an assessment.
 */
function instructs(s: string, toks: Token[], i: number, len: number, b: number): boolean {
  const t = toks[i];
  if (!t) return false;
  const next = toks[i + len];
  const commaAfter = next?.text === ',';
  const clause = s.slice(t.start, toks[b]?.end);
  if ((t.lower === 'nhấn' || commaAfter) && !DEONTIC.test(clause) && !tasksNamed(toks, i + len)) return false;
  if (t.lower === 'nhấn' || t.lower === 'lưu') {
    // a directive names who must act: "nhấn mạnh các lực lượng phải …", "nhấn mạnh chương trình phải …",
    // not "nhấn mạnh, công tác … phải …" nor "lưu ý dịch bệnh có xu hướng …" (an assessment)
    // a time phrase may stand before the addressee: "nhấn mạnh năm 2026 các chi bộ phải …"
    let st = i + len + (next && (next.text === ',' || next.text === ':') ? 1 : 0);
    // an instruction quoted after a colon: "nhấn mạnh: “Cán bộ nào … phải …”"
    if (toks[st]?.text === '“' || toks[st]?.text === '"') st++;
    st = afterTime(toks, st);
    const w = toks[st];
    if (!w || w.kind !== 'w') return false;
    const addressed =
      ADDRESSEE.has(w.lower) ||
      tasksNamed(toks, st) ||
      ((w.cap || (w.text.length > 1 && w.text === w.text.toUpperCase())) && !NOT_ADDRESSEE.has(w.lower));
    if (
      !addressed &&
      !(!NOT_ADDRESSEE.has(w.lower) && deonticSoon(toks, st, b)) &&
      !(t.lower === 'lưu' && DEONTIC.test(clause))
    )
      return false;
  }
  return true;
}

/**
 * Directives, token by token: a directive verb used as a verb (usedAsVerb), its speaker (the subject before it,
 * a pronoun or a bare title resolved to the person last spoken of, a follow-up without subject, the signer of the
 * document that gives the instruction, the speaker of a list introduced in an earlier paragraph, or the subject of
 * a coordinated verb), its clause (clauseOf), and whether it instructs (instructs).
 */
export function findDirectives(n: Normalised, toks: Token[], sents: Sentence[], occs: Occ[]): Directive[] {
  const s = n.s;
  const out: Directive[] = [];
  const byEnd = new Map<number, Occ>();
  const sentOf = (o: Occ) => toks[o.a]?.sent ?? -1;
  const paraOf = (o: Occ) => toks[o.a]?.para ?? -1;
  for (const o of occs) byEnd.set(o.z, o);
  let last: { p: Person; sent: number; para: number } | null = null;
  let occIdx = 0;
  let lastOcc: Occ | null = null;
  /** the last person named as the subject of a clause (not as an attendee after "có", "với" …) */
  let lastSubj: Occ | null = null;
  let lastStart = -1;
  let lastEnd = -1;
  /** the speaker of a directive that ends its paragraph with a colon: the next paragraphs are its items */
  let list: { p: Person; para: number } | null = null;

  for (let i = 0; i < toks.length; i++) {
    for (let o = occs[occIdx]; o && o.z < i; o = occs[++occIdx]) {
      const first = toks[o.a];
      // a person named inside the previous directive is its object, not the next speaker
      if (first && !(first.start >= lastStart && first.start < lastEnd)) lastOcc = o;
      const pa = toks[o.a - 1];
      const nz = toks[o.z + 1];
      if (
        (!pa || pa.kind === 'n' || pa.text === ',' || pa.sent !== first?.sent) &&
        nz?.kind === 'w' &&
        !nz.cap &&
        nz.lower !== 'và'
      )
        lastSubj = o;
    }
    const len = matchVerb(toks, i);
    if (!len) continue;
    const t = toks[i];
    if (!t) continue;
    const next = toks[i + len];
    const prev = toks[i - 1];
    if (!usedAsVerb(toks, i, len, byEnd)) continue;
    // subject: skip adverbs and a parenthesis back from the verb
    let k = i - 1;
    let coordinated = prev?.lower === 'và' && prev.sent === t.sent;
    for (let tk = toks[k]; tk?.sent === t.sent; tk = toks[k]) {
      if (byEnd.has(k)) break;
      if (tk.kind === 'w' && ADVERBS.has(tk.lower) && !tk.cap) {
        k--;
        continue;
      }
      if (k > 0 && tk.kind === 'w' && ADVERBS2.hasPair(toks[k - 1]?.lower ?? '', tk.lower)) {
        if (toks[k - 1]?.lower === 'đồng' && toks[k - 2]?.text === ',') coordinated = true; // "…, đồng thời yêu cầu …"
        k -= 2;
        continue;
      }
      // "Ông A, Giám đốc Sở Y tế, nhấn mạnh …": the apposition closed by a comma
      const ap = tk.text === ',' ? byEnd.get(k - 1) : undefined;
      if (
        ap &&
        (ap.a === (sents[t.sent]?.a ?? -1) || toks[ap.a - 1]?.text === ',') &&
        sentOf(ap) === t.sent &&
        ap.z > ap.a + 2
      ) {
        k--;
        break;
      }
      if (tk.text === ')') {
        let d = k - 1;
        while (d >= 0 && toks[d]?.text !== '(' && toks[d]?.sent === t.sent && k - d < 40) d--;
        if (toks[d]?.text === '(') {
          k = d - 1;
          continue;
        }
      }
      break;
    }
    let who: Person | null = null;
    const sentStart = sents[t.sent]?.a ?? i;
    const subj = toks[k];
    if (k >= sentStart && byEnd.has(k)) {
      const o = byEnd.get(k)!;
      const before = toks[o.a - 1];
      // "Sở X được Chủ tịch UBND thành phố giao …" is passive
      if (!(before && (before.lower === 'được' || before.lower === 'bị'))) who = o.p;
    } else if (
      k >= sentStart &&
      ((subj?.lower === 'chí' && toks[k - 1]?.lower === 'đồng') ||
        subj?.lower === 'ông' ||
        subj?.lower === 'bà') &&
      (k - (subj?.lower === 'chí' ? 1 : 0) === sentStart ||
        toks[k - (subj?.lower === 'chí' ? 2 : 1)]?.text === ',')
    ) {
      // "Đồng chí giao …": the person last spoken of; "ông" is not a "Thị", and an attendee named after "có"
      // gives way to the one who was the subject shortly before ("A làm việc với … Cùng dự có ông B. … ông yêu cầu …")
      const male = subj?.lower === 'ông';
      const fits = (o: Occ | null) => !!o && !(male && / thị /.test(' ' + o.p.key + ' '));
      who = (fits(lastOcc) ? lastOcc : null)?.p ?? null;
      if (
        lastOcc &&
        lastSubj &&
        lastSubj !== lastOcc &&
        fits(lastSubj) &&
        sentOf(lastOcc) - sentOf(lastSubj) <= 3
      ) {
        const pa = toks[lastOcc.a - 1];
        if (!who || (pa && pa.kind === 'w' && /^(có|với|và|cùng|gồm|tiếp|thăm)$/.test(pa.lower)))
          who = lastSubj.p;
      }
    } else if (
      k >= sentStart &&
      subj?.lower === 'tôi' &&
      toks[k - 1]?.lower !== 'chúng' &&
      (k === sentStart || toks[k - 1]?.text === ',')
    ) {
      // an interview answer: "Ông Trần Văn Luận: … Tôi đã giao Công an phường …"
      for (let q = occIdx - 1, x = occs[q]; x && q >= occIdx - 300 && paraOf(x) === t.para; x = occs[--q]) {
        if (toks[x.z + 1]?.text === ':' && (x.a === 0 || toks[x.a - 1]?.kind === 'n')) who = x.p;
      }
    } else if (
      (k < sentStart ||
        (subj?.text === ',' && k - sentStart <= 4 && CONNECTIVES.has(toks[sentStart]?.lower ?? ''))) &&
      last &&
      last.para === t.para &&
      last.sent === t.sent - 1 &&
      !(next && NOT_OBJECT.has(next.lower))
    ) {
      // a follow-up without subject: "Giao Sở …"
      who = last.p;
    } else if (
      k < sentStart &&
      t.lower === 'giao' &&
      lastSubj &&
      sentOf(lastSubj) === t.sent - 1 &&
      paraOf(lastSubj) === t.para
    ) {
      // "Đồng chí A ghi nhận … . Giao Văn phòng …": the subject of the sentence before
      who = lastSubj.p;
    }
    if (!who) who = signerOf(toks, byEnd, i, sentStart);
    if (!who && list && t.para > list.para && t.para - list.para <= 8 && opensItem(toks, i)) who = list.p;
    if (!who && coordinated) who = coordinatedSubject(toks, occs, occIdx, sentStart, k, lastOcc);
    else if (!who && k === i - 1 && (prev?.text === ',' || prev?.text === ';') && prev.sent === t.sent)
      who = coordinatedSubject(toks, occs, occIdx, sentStart, k, lastOcc, true);
    if (!who || !who.official) continue;
    // clause: verb to the end of the sentence, without the final stop
    const cl = clauseOf(toks, sents, i, len);
    if (!cl) continue;
    const { b, listIntro } = cl;
    const end = toks[b]?.end ?? t.end;
    if (listIntro) list = { p: who, para: t.para };
    if (!instructs(s, toks, i, len, b)) continue;
    out.push({
      by: who.name,
      verb: toks
        .slice(i, i + len)
        .map((x) => x.lower)
        .join(' '),
      mention: mentionOf(n, t.start, end),
    });
    last = { p: who, sent: t.sent, para: t.para };
    lastStart = t.start;
    lastEnd = end;
    i = b;
  }
  return out;
}
