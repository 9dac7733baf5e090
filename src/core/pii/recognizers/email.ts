// E-mail addresses. Role mailboxes of agencies on .gov.vn (motcua@, vanthu@...) are not
// personal data and stay readable.
import type { Recognizer } from '../types.ts';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_])?@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/y;

const ROLE_MAILBOXES = new Set([
  'motcua', 'mot.cua', 'vanthu', 'van.thu', 'tiepnhan', 'tiep.nhan', 'hotro', 'ho.tro', 'lienhe', 'info', 'contact',
  'admin', 'webmaster', 'bophanmotcua', 'dichvucong', 'ubnd', 'sotuphap', 'congdan', 'phananh', 'kiennghi',
]);

/** text[from, to) ends in ".gov.vn", in any case (ASCII). */
function endsWithGovVn(text: string, from: number, to: number): boolean {
  const suffix = '.gov.vn';
  if (to - from < suffix.length) return false;
  for (let i = 0, p = to - suffix.length; i < suffix.length; i++, p++) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}

export const email: Recognizer = {
  type: 'email',
  class: 'basic',
  patterns: [{ re: EMAIL, at: 'email' }],
  context: ['email', 'e-mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu', 'hop thu', 'mail'],
  baseScore: 0.95,
  validate(match, text) {
    // The domain is ASCII (EMAIL): ".gov.vn" is read in place, and the mailbox sliced only then.
    const at = text.indexOf('@', match.index);
    if (!endsWithGovVn(text, at + 1, match.end)) return this.baseScore;
    return ROLE_MAILBOXES.has(text.slice(match.index, at).toLowerCase()) ? null : this.baseScore;
  },
};
