// Shape check for one Vietnamese syllable: onset + vowel nucleus + coda and at
// most one tone. Used to tell a legacy-encoded word from a genuine one.

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
const shape = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|nh|ng|[cmnpt]|[iyou])?$/;

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(toneMarks)?.length ?? 0;
  if (tones > 1) return false;
  const base = nfd.replace(toneMarks, '').normalize('NFC');
  return shape.test(base);
}
