// Person names: after a label (Họ và tên, Người yêu cầu, catalog person fields...), after an
// honorific (ông, bà, anh, chị, cháu...), or, without either, a surname followed by given-name
// syllables. Title or UPPER case, with or without diacritics; MRZ name lines too.
import type { MatchContext, Recognizer, Verdict } from '../types.ts';
import { catalogLabels } from '../catalog-labels.ts';
import { foldText } from '../fold.ts';
import { lexicon, lexiconAt, surnameSpellings } from '../lexicon.ts';
import { isLetterCode, isLowerCode, isUpperCode } from '../scan.ts';
import { L, LL, LU } from '../charclass.ts';

const WORD = String.raw`[${LU}](?:[${L}]|['’][${L}]){0,9}`;
const RUN = String.raw`${WORD}(?:[ \t]+${WORD}){0,6}`;
// After the label: an optional qualifier ending in ':' ("Họ và tên người nộp: ..."), then the name.
// (words are separated by required spaces so a word cannot be split in many ways while backtracking)
const QUALIFIER = String.raw`(?:[ \t]*[${L}]+(?:[ \t]+[${L}]+){0,3}[ \t]*:|[ \t]*\([^)\n]{0,60}\)[ \t]*:?)?`;
// Text typed all in lower case has lower-case names after labels (checked by the validator).
const LOWER_WORD = String.raw`[${LL}]{1,7}`;
const AFTER_LABEL = new RegExp(
  String.raw`${QUALIFIER}[ \t]*(?:[:：.\-–][ \t]*)?(?:\r?\n[ \t]*)?` +
    String.raw`(?<v>${RUN}|${LOWER_WORD}(?:[ \t]+${LOWER_WORD}){0,4})(?![${L}0-9])`,
  'y',
);
const NUMBER_TOKEN = /^\d+[A-Za-z]?$/;

function hasUpper(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isUpperCode(text.charCodeAt(i))) return true;
  return false;
}

// Tried only at capitalized words that fold to a surname; the validator checks the exact spelling.
const SURNAME_FIRST = new RegExp(String.raw`(?<![${L}0-9_])${WORD}(?:[ \t]+${WORD}){1,6}(?![${L}0-9])`, 'y');
// MRZ line 3 of a chip ID card: SURNAME<<GIVEN<NAMES<<<<
const MRZ_NAME = /^[A-Z]{2,}(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*(?=<*\s*$)/my;

function isLetterOrQuote(c: number): boolean {
  return isLetterCode(c) || c === 39 || c === 0x2019;
}

/** A score, with the narrowed end when the name stops before the match does. */
function cut(score: number, end: number, matchEnd: number): Verdict {
  return end === matchEnd ? score : { score, end };
}

/** The word at `pos` is followed by a space and a capitalized word (a name has two words or more). */
function capitalFollows(text: string, pos: number): boolean {
  let i = pos + 1;
  while (isLetterCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c !== 32 && c !== 9) return false;
  return isUpperCode(text.charCodeAt(i + 1));
}

/** True when a word has no lower-case letter (and is more than one letter long). */
function isUpperWord(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) if (isLowerCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A lower-case run (the whole text has no capitals): after a label, the words up to the next label
 * or stop word; after an honorific, only a surname followed by given-name syllables.
 */
function lowerCaseName(text: string, ctx: MatchContext, value: string): Verdict {
  const anchor = ctx.anchor;
  if (!anchor || ctx.hasUpper) return null;
  const words = value.split(/[ \t]+/);
  let k = 0;
  let pos = ctx.start;
  for (const w of words) {
    if (lexicon.isNameStop(w) || ctx.labelStartIn(pos, pos + w.length) >= 0) break;
    if (anchor.weak && !lexicon.isNameSyllable(w)) break;
    k++;
    pos += w.length + 1;
  }
  if (k < (anchor.weak ? 2 : 1)) return null;
  const name = words.slice(0, k).join(' ');
  if (anchor.weak) {
    if (!lexicon.isSurname(words[0]!)) return null;
    if (lexicon.isPublicName(foldText(name)) || lexicon.isPublicName(foldText(`${text.slice(anchor.start, anchor.end)} ${name}`))) return null;
  }
  return { score: anchor.weak ? 0.8 : 0.88, end: ctx.start + name.length };
}

/** True when the word before `pos` (same line, spaces only) is a capitalized name word: `pos` is inside a name. */
function continuesRun(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === pos || i === 0) return false;
  let s = i;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  if (s === i || !isUpperCode(text.charCodeAt(s))) return false;
  lexiconAt.word(text, s, i);
  return lexiconAt.isNameSyllable();
}

/** The word just before `pos` (skipping spaces and simple punctuation), or ''. */
function previousWord(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && ' \t\n\r,.:;'.includes(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && !' \t\n\r,.:;()'.includes(text[s - 1]!)) s--;
  return text.slice(s, e);
}

export const personName: Recognizer = {
  type: 'person_name',
  class: 'basic',
  patterns: [
    { re: SURNAME_FIRST, at: 'caps', guard: capitalFollows },
    { re: MRZ_NAME, at: 'angle' },
  ],
  startWords: surnameSpellings(),
  afterLabel: [AFTER_LABEL],
  context: [
    ...new Set([
      'ho va ten', 'ho ten', 'ho, chu dem va ten', 'ho chu dem va ten', 'ho, chu dem, ten', 'ho va ten khai sinh', 'ho:',
      'chu dem:', 'ten:', 'chu dem va ten:', 'ten goi khac', 'ten thuong goi', 'ten khac', 'full name', 'name:', 'surname',
      'given name', 'given names', 'nguoi yeu cau', 'nguoi de nghi', 'nguoi nop', 'nguoi nop ho so', 'nguoi nop don',
      'nguoi khai', 'nguoi di khai', 'nguoi dai dien', 'nguoi dai dien theo phap luat', 'nguoi duoc uy quyen',
      'nguoi uy quyen', 'nguoi nhan', 'nguoi nhan ket qua', 'nguoi lien he', 'nguoi giam ho', 'nguoi duoc giam ho',
      'nguoi lam chung', 'chu ho', 'ho ten chu ho', 'chu ho kinh doanh', 'chu so huu', 'chu xe', 'chu tai khoan',
      'ten chu tai khoan', 'ten tai khoan', 'cong dan', 'ong/ba', 'ba/ong', 'ho ten me', 'ho ten cha', 'ho va ten me',
      'ho va ten cha', 'ho ten bo', 'ho ten vo', 'ho ten chong', 'me:', 'cha:', 'bo:', 'vo:', 'chong:', 'con:',
      'nguoi chet', 'nguoi mat', 'nguoi da mat', 'ho va ten nguoi chet', 'nguoi duoc cap', 'cap cho', 'nguoi thu huong',
      'ten nguoi', 'ho ten nguoi yeu cau', 'ho ten nguoi nop', 'ho ten nguoi khai', 'nguoi tham gia', 'thanh vien',
      'nguoi duoc khai sinh', 'nguoi duoc xac nhan', 'nguoi phu thuoc', 'chu su dung', 'chu ho so', 'ten toi la',
      'toi ten la', 'toi la',
      ...catalogLabels('person_name'),
    ]),
  ],
  weakContext: ['ong', 'ba', 'anh', 'chi', 'em', 'chau', 'co', 'chu', 'cu', 'bac', 'mr', 'ms', 'mrs'],
  baseScore: 0.75,
  guarded: false,
  validate(match, text, ctx): Verdict {
    if (match[0].includes('<<')) return 0.95;
    const anchor = ctx.anchor;
    let first = ctx.start;
    while (first < ctx.end && isLetterOrQuote(text.charCodeAt(first))) first++;
    if (anchor === null) {
      // No label, no honorific: the run must open with a surname and not continue a capitalized name.
      lexiconAt.word(text, ctx.start, first);
      if (!lexiconAt.isSurname() || continuesRun(text, ctx.start)) return null;
    } else if (anchor.weak) {
      // An honorific is right before the name ("ông Nguyễn Văn An"), not before a sentence.
      for (let i = anchor.end; i < ctx.start; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9) return null;
      }
      const honorific = text.slice(anchor.start, anchor.end);
      if (!lexicon.isHonorific(honorific)) return null;
      const before = previousWord(text, anchor.start);
      if (foldText(before) === 'hai' || lexicon.isPlaceOrOrgWord(before)) return null; // Hai Bà Trưng, đường Bà Triệu
    }
    if (!hasUpper(text, ctx.start, ctx.end)) return ctx.hasUpper ? null : lowerCaseName(text, ctx, text.slice(ctx.start, ctx.end));
    // A single word followed by ':' is a label ("Người nộp thuế:"), not a name.
    if (first === ctx.end && /^[ \t]*:/.test(text.slice(ctx.end, ctx.end + 3))) return null;

    // Cut the run at the first word that cannot be part of a name or starts a label.
    let k = 0;
    let end = ctx.start;
    let upperRun = false;
    let allSyllables = true;
    let i = ctx.start;
    while (i < ctx.end) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        i++;
        continue;
      }
      const s = i;
      while (i < ctx.end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
      lexiconAt.word(text, s, i);
      if (lexiconAt.isNameStop()) break;
      const upper = isUpperWord(text, s, i);
      if (k > 0) {
        if (ctx.labelStartIn(s, i) >= 0) break;
        if (upperRun !== upper && i - s > 1) break; // "NGUYỄN VĂN AN Hà Nội" / "Nguyễn Văn An CCCD"
      } else {
        upperRun = upper;
      }
      if (allSyllables && !lexiconAt.isNameSyllable()) allSyllables = false;
      k++;
      end = i;
    }
    if (k === 0) return null;

    if (anchor && !anchor.weak) return cut(0.92, end, ctx.end);

    const name = text.slice(ctx.start, end);
    if (anchor) {
      const honorific = text.slice(anchor.start, anchor.end);
      if (lexicon.isPublicName(foldText(`${honorific} ${name}`).replace(/\s+/g, ' '))) return null;
      lexiconAt.word(text, ctx.start, first);
      const surname = lexiconAt.isSurname();
      if (lexicon.isAsciiHonorific(honorific.toLowerCase()) && /^[\x00-\x7f]+$/.test(honorific)) {
        return k >= 2 && surname ? cut(0.85, end, ctx.end) : null; // "ba", "co", "chi" are everyday words
      }
      if (k >= 2) {
        if (surname || allSyllables) return cut(0.9, end, ctx.end);
        return upperRun ? null : cut(0.7, end, ctx.end); // in upper-case text every word is capitalized
      }
      return allSyllables ? cut(0.75, end, ctx.end) : null;
    }

    if (k < 2 || !allSyllables) return null;
    const label = ctx.label;
    if (label && ctx.labelKind(30) !== null) {
      if (label.kind === 'person_name') return cut(0.9, end, ctx.end);
      if (label.kind === 'address' || label.kind === 'none') return null; // a street, an official, an agency
    }
    const before = previousWord(text, ctx.start);
    // After a place word or a house number ("86 Lê Thánh Tôn") the words name a street or a place.
    if (lexicon.isPlaceOrOrgWord(before) || NUMBER_TOKEN.test(before)) return null;
    if (lexicon.isPublicName(foldText(name).replace(/\s+/g, ' '))) return null;
    return cut(this.baseScore, end, ctx.end);
  },
};
