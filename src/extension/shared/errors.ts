// Errors that may be shown to the official. Each carries an i18n message key
// (public/_locales) and optional substitutions; none may carry personal data.
// Anything else that is thrown is reported as a generic internal error, so a
// library's message that quotes a field value never reaches the screen or a log.

export class UserError extends Error {
  constructor(readonly key: string, readonly args: string[] = []) {
    super(key);
    this.name = 'UserError';
  }
}

export interface SafeError {
  key: string;
  args: string[];
}

export function toSafeError(err: unknown): SafeError {
  if (err instanceof UserError) return { key: err.key, args: err.args };
  return { key: 'err_internal', args: [] };
}

/** Encodes a safe error for a reply string: key plus args, split by '|'. */
export function encodeError(e: SafeError): string {
  return [e.key, ...e.args].join('|');
}

export function decodeError(s: string): SafeError {
  const [key = 'err_internal', ...args] = s.split('|');
  return { key, args };
}
