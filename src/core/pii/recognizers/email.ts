// E-mail addresses. Role mailboxes of agencies on .gov.vn (motcua@, vanthu@...) are not
// personal data and stay readable.
import type { Recognizer } from '../types.ts';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_])?@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/y;

const ROLE_MAILBOXES = new Set([
  'motcua', 'mot.cua', 'vanthu', 'van.thu', 'tiepnhan', 'tiep.nhan', 'hotro', 'ho.tro', 'lienhe', 'info', 'contact',
  'admin', 'webmaster', 'bophanmotcua', 'dichvucong', 'ubnd', 'sotuphap', 'congdan', 'phananh', 'kiennghi',
]);

export const email: Recognizer = {
  type: 'email',
  class: 'basic',
  patterns: [{ re: EMAIL, at: 'email' }],
  context: ['email', 'e-mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu', 'hop thu', 'mail'],
  baseScore: 0.95,
  validate(match, text) {
    const value = text.slice(match.index, match.end);
    const at = value.indexOf('@');
    const domain = value.slice(at + 1).toLowerCase();
    if (domain.endsWith('.gov.vn') && ROLE_MAILBOXES.has(value.slice(0, at).toLowerCase())) return null;
    return this.baseScore;
  },
};
