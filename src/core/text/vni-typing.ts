// Vietnamese typed with the VNI input method but never converted ('Nguye64n
// Va8n An': the digits are the keystrokes for the marks). Seen in text keyed
// with the input method switched off at the converter step. Converted only on
// strong evidence, so codes like 'B2', 'A1', 'H12' are never touched.
import { isVietnameseSyllable } from './syllable.ts';

const TONE: Record<string, string> = { '1': '\u0301', '2': '\u0300', '3': '\u0309', '4': '\u0303', '5': '\u0323' };
const vowels = 'aeiouyăâêôơư';

/** One keyed word -> Unicode, or null when the digits do not make a valid syllable. */
export function convertVniTypingWord(word: string): string | null {
  if (!/^[A-Za-z][A-Za-z1-9]*$/.test(word) || !/[1-9]/.test(word) || word.replace(/[1-9]/g, '').length < 2) return null;
  const letters: string[] = [];
  let tone = '';
  for (const ch of word) {
    if (!/[1-9]/.test(ch)) { letters.push(ch); continue; }
    const lower = letters.map((l) => l.toLowerCase());
    const findBack = (set: string) => { for (let i = lower.length - 1; i >= 0; i--) if (set.includes(lower[i]!.normalize('NFD')[0]!)) return i; return -1; };
    if (TONE[ch]) { if (tone) return null; tone = TONE[ch]; continue; }
    const mark = ch === '6' ? '\u0302' : ch === '7' ? '\u031B' : ch === '8' ? '\u0306' : null;
    if (ch === '9') {
      const i = findBack('d');
      if (i < 0) return null;
      letters[i] = letters[i] === 'D' ? 'Đ' : 'đ';
      continue;
    }
    const targets = ch === '6' ? 'aeo' : ch === '7' ? 'ou' : 'a';
    const i = findBack(targets);
    if (i < 0 || !mark) return null;
    letters[i] = (letters[i]! + mark).normalize('NFC');
    // 'uo7' is ươ: the horn goes on both.
    if (ch === '7' && lower[i] === 'o' && lower[i - 1] === 'u') letters[i - 1] = (letters[i - 1]! + mark).normalize('NFC');
  }
  let out = letters.join('');
  if (tone) {
    // The tone sits on the last vowel with a hat or horn, else the vowel the keyist typed it after, else the main vowel.
    const chars = [...out];
    const vowelAt = chars.map((c, i) => (vowels.includes(c.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
    if (vowelAt.length === 0) return null;
    const marked = vowelAt.filter((i) => 'ăâêôơư'.includes(chars[i]!.toLowerCase()));
    let at = marked.length ? marked[marked.length - 1]! : vowelAt.length === 1 ? vowelAt[0]! : (() => {
      const lastIsEnd = vowelAt[vowelAt.length - 1] === chars.length - 1;
      // 'hoa' -> hòa/hoà: modern placement on the second vowel of oa/oe/uy, else the first of a final pair.
      const pair = chars.slice(vowelAt[0]!, vowelAt[vowelAt.length - 1]! + 1).join('').toLowerCase();
      if (/^(oa|oe|uy|uê)$/.test(pair)) return vowelAt[1]!;
      return lastIsEnd ? vowelAt[vowelAt.length - 2]! : vowelAt[vowelAt.length - 1]!;
    })();
    // 'qu' and 'gi' start a syllable: their u/i is not the vowel.
    if (/^(qu|gi)/i.test(out) && at === 1 && vowelAt.length > 1) at = vowelAt[1]!;
    chars[at] = (chars[at]! + tone).normalize('NFC');
    out = chars.join('');
  }
  return isVietnameseSyllable(out) ? out : null;
}

/** True when enough words of the text are VNI keystrokes to convert them safely. */
export function looksLikeVniTyping(text: string): boolean {
  let ok = 0;
  let tried = 0;
  for (const w of text.split(/[^A-Za-z0-9]+/)) {
    if (!/[A-Za-z]/.test(w) || !/[1-9]/.test(w) || !/^[A-Za-z]/.test(w)) continue;
    // Digits inside a word ('Nguye64n') are the tell; codes have them at the end ('B2', 'H12').
    const inner = /[A-Za-z][1-9]+[A-Za-z]/.test(w);
    tried++;
    if (convertVniTypingWord(w) !== null && (inner || /[a-z]/.test(w))) ok++;
  }
  return ok >= 3 && ok / Math.max(tried, 1) >= 0.6;
}

export function convertVniTyping(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z1-9]*/g, (w) => {
    if (!/[a-z]/.test(w) && !/[A-Za-z][1-9]+[A-Za-z]/.test(w)) return w; // 'B2', 'QĐ1': codes stay
    return convertVniTypingWord(w) ?? w;
  });
}
