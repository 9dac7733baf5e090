// OCR confuses letters with digits (O/0, l/1, S/5). We only undo that inside
// tokens that must be numeric for the field type (personal ID, dates, amounts),
// so names and addresses are never touched.

const digitLookalikes: Record<string, string> = {
  O: '0', o: '0', D: '0', Q: '0', 'ο': '0', 'О': '0',
  l: '1', I: '1', i: '1', '|': '1', '!': '1', 'í': '1', 'ì': '1',
  Z: '2', z: '2',
  S: '5', s: '5',
  G: '6', b: '6',
  T: '7',
  B: '8',
  g: '9', q: '9',
};

export interface Repaired {
  text: string;
  /** True when at least one character was changed. */
  repaired: boolean;
}

/**
 * Repair one token that should be all digits: it must already hold at least
 * one real digit, and every other character must be a known look-alike.
 */
export function repairDigitToken(token: string): Repaired {
  if (!/\d/.test(token)) return { text: token, repaired: false };
  let out = '';
  for (const ch of token) {
    if (/\d/.test(ch)) out += ch;
    else if (digitLookalikes[ch] !== undefined) out += digitLookalikes[ch];
    else return { text: token, repaired: false };
  }
  return { text: out, repaired: out !== token };
}

/**
 * Repair every digit-like token in a value, where tokens are runs of letters,
 * digits and '|' separated by anything else (spaces, '/', '-', '.'): dates
 * '0S/O3/2OO3' -> '05/03/2003' while 'tháng' stays a word.
 */
export function repairDigits(value: string): Repaired {
  let repaired = false;
  const text = value.replace(/[\p{L}\p{N}|!]+/gu, (tok) => {
    const r = repairDigitToken(tok);
    if (r.repaired) repaired = true;
    return r.text;
  });
  return { text, repaired };
}
