// Name checks on the scanner's tokens first ask lexiconAt.mayBeNameSyllable(token hash) and only read
// the word's exact spelling when it says maybe: it must say maybe for every word that is a name syllable
// (and mayBePlaceWord for every place or organization word).
import { describe, expect, it } from 'vitest';
import { recognizers } from '../../../src/core/pii/index.ts';
import { Scanner } from '../../../src/core/pii/scan.ts';
import { FOLD_TABLE, LOWER_TABLE } from '../../../src/core/pii/fold.ts';
import { lexiconAt, surnameSpellings } from '../../../src/core/pii/lexicon.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

describe('lexicon pre-filter on token hashes', () => {
  // (name words are spelled with letters that fold to a-z: a code unit whose lower case is one of
  // them must fold as its lower case does, so an exact spelling found implies its folded hash found)
  it('folds a code unit as its lower case when that is a letter of a name word', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x1f00; c++) {
      const f = FOLD_TABLE[LOWER_TABLE[c]!]!;
      if (f >= 97 && f <= 122 && FOLD_TABLE[c] !== f) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('never rules out a name syllable, in the corpus and in every surname spelling', () => {
    const scanner = new Scanner(recognizers);
    const corpus = loadCorpus().map((s) => s.text);
    const texts = [...corpus, ...corpus.map((t) => t.toUpperCase()), surnameSpellings().join(' '), 'Văn Thị Ngọc Hoàng VĂN THỊ NGỌC van thi ngoc'];
    const wrong: string[] = [];
    let syllables = 0;
    let ruledOut = 0;
    for (const text of texts) {
      scanner.scan(text);
      for (let t = 0; t < scanner.n; t++) {
        lexiconAt.word(text, scanner.tStart[t]!, scanner.tEnd[t]!);
        const maybe = lexiconAt.mayBeNameSyllable(scanner.tHash[t]!);
        if (lexiconAt.isNameSyllable()) {
          syllables++;
          if (!maybe) wrong.push(`token ${t} of a text of length ${text.length}`);
        } else if (!maybe) ruledOut++;
      }
    }
    expect(wrong).toEqual([]);
    expect(syllables).toBeGreaterThan(100);
    expect(ruledOut).toBeGreaterThan(100); // it does rule words out
  });

  it('never rules out a place or organization word (mayBePlaceWord)', () => {
    const scanner = new Scanner(recognizers);
    const corpus = loadCorpus().map((s) => s.text);
    const places = 'Đường đường ĐƯỜNG duong Phố Phường Xã XA Quận Huyện Tỉnh TP Thành Thị Trấn Thôn Xóm Ấp Bản Khu KP Tổ Ngõ ' +
      'Ngách Hẻm Kiệt Trường THPT THCS Bệnh Viện BV Trạm Cầu Chùa Đình Ga Cảng Ty TNHH Cty UBND HĐND Sở Phòng Ban Bộ Cục Đội Đoàn HTX';
    const texts = [...corpus, ...corpus.map((t) => t.toUpperCase()), places, places.toLowerCase()];
    const wrong: string[] = [];
    let placeWords = 0;
    let ruledOut = 0;
    for (const text of texts) {
      scanner.scan(text);
      for (let t = 0; t < scanner.n; t++) {
        lexiconAt.word(text, scanner.tStart[t]!, scanner.tEnd[t]!);
        const maybe = lexiconAt.mayBePlaceWord(scanner.tHash[t]!);
        if (lexiconAt.isPlaceOrOrgWord()) {
          placeWords++;
          if (!maybe) wrong.push(`token ${t} of ${JSON.stringify(text.slice(0, 40))}`);
        } else if (!maybe) ruledOut++;
      }
    }
    expect(wrong).toEqual([]);
    expect(placeWords).toBeGreaterThan(100);
    expect(ruledOut).toBeGreaterThan(1000);
  });
});
