/**
 * Names of organisations and offices, shared by titles (positions.ts: "Giám đốc Sở Văn hóa, Thể thao và Du lịch")
 * and issuers (documents.ts: "của Sở Văn hóa, Thể thao và Du lịch"): where a name starts, where it ends, and the
 * punctuation and small words that stay inside it.
 */
import { type Token } from './tokens.ts';
import { SURNAMES } from './names.ts';
import { isStopAt } from './positions.ts';
import * as LEX from './lexicon.ts';
import { WordSet } from './word-set.ts';

/** Two-word document types ("nghị quyết", "quyết định" …): "và" before one of them ends a body's name. */
const DOC_TYPE_WORDS = new WordSet(
  LEX.DOCUMENT_TYPES.map((t) => t.toLowerCase().split(' ').slice(0, 2).join(' ')),
);
/** Comma-joined pairs inside a name: "Văn hóa, Thể thao", "phòng, chống" (one entry: the words before and after the comma). */
const COMMA_PAIRS = new WordSet(
  LEX.COMMA_COMPOUNDS.map((x) => x.toLowerCase().replace(/^.*?(\S+), (\S+).*$/u, '$1 $2')),
);

/** The comma at token j joins the two halves of one name: "Sở Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo phòng, chống …". */
export function commaInsideName(toks: Token[], j: number): boolean {
  return toks[j]?.text === ',' && COMMA_PAIRS.hasPair(toks[j - 1]?.lower ?? '', toks[j + 1]?.lower ?? '');
}

const UNIT_WORDS = new WordSet(LEX.UNIT_WORDS);
/** Lower-case word pairs inside the names of bodies ("Ban An toàn giao thông", "Ban Quản lý khu kinh tế"). */
const LOWER_PAIRS = new WordSet(LEX.LOWER_CASE_PAIRS);
const ORG_STOP = new WordSet(LEX.ISSUER_STOP_WORDS);

export function isCapTok(t: Token | undefined): boolean {
  return (
    !!t && t.kind === 'w' && (t.cap || (t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()))
  );
}

/** Organisation starting at token i ("Ủy ban Thường vụ Quốc hội", "UBND tỉnh Quảng Ninh"); returns end (exclusive) or i. */
export function orgAt(toks: Token[], s: string, i: number): number {
  if (!isCapTok(toks[i])) return i;
  let j = i + 1;
  let end = j;
  // after an administrative unit ("huyện Vĩnh Bảo") the place name ends the body: a lower-case word is the verb
  let unit = false;
  while (j < toks.length) {
    const t = toks[j];
    const prev = toks[j - 1];
    if (!t || !prev) break;
    if (
      s.slice(prev.end, t.start) !== ' ' &&
      !(t.text === '-' || prev.text === '-') &&
      !(t.text === '.' && prev.lower === 'tp')
    )
      break;
    if (t.kind === 'w' && isCapTok(t)) {
      if (t.lower === 'tp') unit = true;
      // a person's name after the body ("Chủ tịch UBND thành phố Nguyễn Văn Tùng") is not part of it
      if (
        SURNAMES.has(t.lower) &&
        prev.kind === 'w' &&
        !prev.cap &&
        isCapTok(toks[j + 1]) &&
        toks[j + 1]?.cap &&
        j > i + 1
      )
        break;
      j++;
      end = j;
      continue;
    }
    if (t.text === '.' && prev.lower === 'tp' && toks[j + 1]?.cap && toks[j + 2]?.cap) {
      // "UBND TP. Hải Phòng"
      j++;
      continue;
    }
    if (commaInsideName(toks, j)) {
      j++;
      continue;
    }
    if (t.kind === 'w' && /^\p{N}+$/u.test(t.text)) {
      j++;
      end = j;
      continue;
    }
    if (t.kind === 'w') {
      // "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII": a session's ordinal inside the name
      if (
        t.lower === 'lần' &&
        toks[j + 1]?.lower === 'thứ' &&
        toks[j + 2]?.kind === 'w' &&
        isCapTok(toks[j + 3]) &&
        /^(hội|phiên|kỳ)$/.test(toks[i]?.lower ?? '')
      ) {
        j += 3;
        end = j;
        continue;
      }
      if (
        t.lower === 'và' &&
        isCapTok(toks[j + 1]) &&
        !DOC_TYPE_WORDS.hasPair(toks[j + 1]?.lower ?? '', toks[j + 2]?.lower ?? '') &&
        toks[j + 1]?.lower !== 'luật'
      ) {
        j++;
        continue;
      }
      if (
        ORG_STOP.has(t.lower) &&
        !(t.lower === 'thông' && prev.lower === 'giao') &&
        !(t.lower === 'ban' && toks[j + 1]?.lower !== 'hành')
      )
        break;
      if (UNIT_WORDS.has(t.lower) && (t.lower !== 'phố' || prev.lower === 'thành')) {
        unit = true;
        j++;
        end = j;
        continue;
      }
      if (LOWER_PAIRS.hasPair(t.lower, toks[j + 1]?.lower ?? '')) {
        j += 2;
        end = j;
        continue;
      }
      if (prev.kind === 'w' && prev.cap && !unit && !isStopAt(toks, j)) {
        j++;
        end = j;
        continue;
      }
      break;
    }
    break;
  }
  return end;
}

/**
 * Organisation (or office) ending just before token z, scanning back; a person's name may close it
 * ("Chủ tịch UBND thành phố Nguyễn Văn Tùng đã ký"). Returns its token range or null.
 */
export function orgBefore(toks: Token[], s: string, z: number): [number, number] | null {
  let j = z - 1;
  let start = -1;
  let steps = 0;
  while (j >= 0 && steps++ < 14) {
    const t = toks[j];
    if (!t) break;
    if (t.kind !== 'w') break;
    if (isCapTok(t)) start = j;
    else if (
      t.lower === 'và' &&
      start === j + 1 &&
      toks[j - 1]?.kind === 'w' &&
      !toks[j - 1]?.cap &&
      toks[j - 2]?.kind === 'w' &&
      toks[j - 2]?.cap
    ) {
      // "Sở Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ": a compound name, scan on
    } else if (!(
      UNIT_WORDS.has(t.lower) ||
      (toks[j - 1]?.kind === 'w' && toks[j - 1]?.cap && !ORG_STOP.has(t.lower))
    ))
      break;
    j--;
  }
  if (start < 0) return null;
  const e = orgAt(toks, s, start);
  if (e === z) return [start, e];
  if (e > start && z - e >= 2 && z - e <= 4 && SURNAMES.has(toks[e]?.lower ?? '')) {
    for (let k = e; k < z; k++) if (!toks[k]?.cap) return null;
    return [start, e];
  }
  return null;
}
