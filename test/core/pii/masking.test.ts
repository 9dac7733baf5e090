// Masking operators, the agency policy, masked catalog fields and scrubbed OCR words.
import { describe, expect, it } from 'vitest';
import {
  createPolicy, DEFAULT_POLICY, detectPii, fullMask, maskFieldValue, maskPii, maskText, partialMask, Pseudonymizer, redact,
  scrubOcrWords, type OcrWord,
} from '../../../src/core/pii/index.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

describe('operators', () => {
  it('full mask hides every letter and digit and keeps the layout', () => {
    expect(fullMask('0912 345 678')).toBe('**** *** ***');
    expect(fullMask('Nguyễn Văn An', '•')).toBe('•••••• ••• ••');
  });
  it('partial mask keeps the requested ends but never more than half', () => {
    expect(partialMask('001203004567', { keepStart: 4, keepEnd: 2, per: 'value' })).toBe('0012******67');
    expect(partialMask('0912 345 678', { keepStart: 0, keepEnd: 3, per: 'value' })).toBe('**** *** 678');
    expect(partialMask('1234', { keepStart: 4, keepEnd: 2, per: 'value' })).toBe('12**'); // capped at half
    expect(partialMask('Nguyễn Văn An', { keepStart: 1, keepEnd: 0, per: 'word' })).toBe('N***** V** A*');
    expect(partialMask('Nguyễn Văn A', { keepStart: 1, keepEnd: 0, per: 'word' })).toBe('N***** V** *');
    expect(partialMask('12/03/2003', { keepStart: 0, keepEnd: 0, per: 'year' })).toBe('**/**/2003');
    expect(partialMask('2003-03-12', { keepStart: 0, keepEnd: 0, per: 'year' })).toBe('2003-**-**');
    expect(partialMask('thôn 3, xã Tân Lập, Hà Nội', { keepStart: 0, keepEnd: 1, per: 'part' })).toBe('**** *, ** *** ***, Hà Nội');
    expect(partialMask('Hà Nội', { keepStart: 0, keepEnd: 1, per: 'part' })).toBe('** ***'); // one part: nothing kept
  });
  it('gives the same value the same pseudonym, however it is spelled', () => {
    const p = new Pseudonymizer();
    expect(p.label('phone', '0912 345 678')).toBe('[SDT_1]');
    expect(p.label('phone', '+84912345678')).toBe('[SDT_1]');
    expect(p.label('phone', '0987654321')).toBe('[SDT_2]');
    expect(p.label('person_name', 'NGUYỄN VĂN AN')).toBe('[HO_TEN_1]');
    expect(p.label('person_name', 'Nguyễn Văn An')).toBe('[HO_TEN_1]');
    expect(p.label('national_id', '001 203 004 567')).toBe('[CCCD_1]');
    expect(p.label('national_id', '001203004567')).toBe('[CCCD_1]');
  });
  it('keeps pseudonyms consistent in a document with many values of one type', () => {
    const p = new Pseudonymizer();
    const phones = Array.from({ length: 40 }, (_, i) => `09${String(12345600 + i * 7).padStart(8, '0')}`);
    expect(phones.map((v) => p.label('phone', v))).toEqual(phones.map((_, i) => `[SDT_${i + 1}]`));
    // other spellings of the same numbers, in another order, after the document has many values
    const spelled = phones.map((v) => `+84 ${v.slice(1, 4)} ${v.slice(4, 7)} ${v.slice(7)}`).reverse();
    expect(spelled.map((v) => p.label('phone', v))).toEqual(phones.map((_, i) => `[SDT_${40 - i}]`));
    expect(p.label('phone', '0388888888')).toBe('[SDT_41]');
    expect(p.label('person_name', 'TRẦN THỊ BÌNH')).toBe('[HO_TEN_1]');
    expect(p.label('person_name', 'Trần  Thị, Bình')).toBe('[HO_TEN_1]');
  });
});

describe('maskText and redact', () => {
  const text = 'Ông Nguyễn Văn An, CCCD 001203004567, SĐT 0912345678; gọi lại 0912 345 678. STK: 0011004123456.';
  it('applies pseudonyms to basic data and a full mask to sensitive data by default', () => {
    const { spans, masked } = redact(text);
    expect(spans.map((s) => s.type)).toEqual(['person_name', 'national_id', 'phone', 'phone', 'bank_account']);
    expect(masked).toBe('Ông [HO_TEN_1], CCCD [CCCD_1], SĐT [SDT_1]; gọi lại [SDT_1]. STK: *************.');
  });
  it('follows per-type and per-class overrides of the policy', () => {
    const policy = createPolicy({
      text: { basic: { op: 'full' }, types: { national_id: { op: 'partial', keepStart: 4, keepEnd: 2 } } },
    });
    const masked = maskText(text, detectPii(text), policy);
    expect(masked).toBe('Ông ****** *** **, CCCD 0012******67, SĐT **********; gọi lại **** *** ***. STK: *************.');
  });
  it('keeps a type readable only when the policy says so', () => {
    const policy = createPolicy({ text: { types: { person_name: { op: 'keep' } } } });
    expect(redact('Họ tên: Trần Thị Mai, SĐT 0912345678', policy).masked).toBe('Họ tên: Trần Thị Mai, SĐT [SDT_1]');
  });
  it('restricts detection to the policy types', () => {
    const policy = createPolicy({ types: ['phone'] });
    expect(redact(text, policy).spans.map((s) => s.type)).toEqual(['phone', 'phone']);
  });
  it('refuses overlapping or unsorted spans', () => {
    expect(() => maskText('abcdef', [{ start: 2, end: 4, type: 'phone', score: 1 }, { start: 3, end: 5, type: 'phone', score: 1 }])).toThrow();
  });
  it('shares pseudonyms across the parts of one document when given one Pseudonymizer', () => {
    const p = new Pseudonymizer();
    const a = maskText('SĐT 0912345678', detectPii('SĐT 0912345678'), DEFAULT_POLICY, p);
    const b = maskText('liên hệ 0987654321 hoặc 0912345678', detectPii('liên hệ 0987654321 hoặc 0912345678'), DEFAULT_POLICY, p);
    expect([a, b]).toEqual(['SĐT [SDT_1]', 'liên hệ [SDT_2] hoặc [SDT_1]']);
  });
  it('redact and maskPii (no span objects) mask what detectPii finds, as maskText does, under any policy', () => {
    const policies = [
      DEFAULT_POLICY,
      createPolicy({ text: { basic: { op: 'full' }, types: { phone: { op: 'partial', keepStart: 0, keepEnd: 3 } } } }),
      createPolicy({ types: ['phone', 'person_name'], minScore: 0.8 }),
    ];
    let masked = 0;
    for (const policy of policies) {
      for (const { text: t } of loadCorpus()) {
        const spans = detectPii(t, policy);
        const expected = maskText(t, spans, policy);
        const r = redact(t, policy);
        expect(r.spans).toEqual(spans);
        expect(r.masked).toBe(expected);
        expect(maskPii(t, policy)).toBe(expected);
        if (expected !== t) masked++;
      }
    }
    expect(masked).toBeGreaterThan(600); // (the corpus is mostly texts with personal data)
    const p = new Pseudonymizer();
    expect([maskPii('SĐT 0912345678', DEFAULT_POLICY, p), maskPii('liên hệ 0987654321 hoặc 0912345678', DEFAULT_POLICY, p)])
      .toEqual(['SĐT [SDT_1]', 'liên hệ [SDT_2] hoặc [SDT_1]']);
  });
});

describe('policy', () => {
  it('validates the agency configuration and names the fault by path, never by value', () => {
    expect(() => createPolicy({ text: { basic: { op: 'shred' } } })).toThrow(/text\.basic/);
    expect(() => createPolicy({ maskChar: 'XX' })).toThrow(/maskChar/);
    expect(() => createPolicy({ unknown: true })).toThrow(/invalid PII policy/);
    try {
      createPolicy({ types: ['phone', 'secret-0912345678'] });
      expect.unreachable();
    } catch (err) {
      expect(String(err)).not.toContain('0912345678');
    }
  });
  it('fills what the agency leaves out from the defaults and survives JSON', () => {
    const policy = createPolicy(JSON.parse(JSON.stringify({ maskChar: '#', fields: { fieldTypes: { date: { op: 'full' } } } })));
    expect(policy.text).toEqual(DEFAULT_POLICY.text);
    expect(policy.fields.fieldTypes.personal_id).toEqual(DEFAULT_POLICY.fields.fieldTypes.personal_id);
    expect(policy.fields.fieldTypes.date).toEqual({ op: 'full' });
    expect(createPolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });
});

describe('maskFieldValue', () => {
  it('masks catalog fields per type with hints the official can check', () => {
    expect(maskFieldValue('001203004567', 'personal_id', 'basic')).toBe('0012******67');
    expect(maskFieldValue('NGUYỄN VĂN AN', 'person_name', 'basic')).toBe('N***** V** A*');
    expect(maskFieldValue('2003-03-12', 'date', 'basic')).toBe('2003-**-**');
    expect(maskFieldValue('12/03/2003', 'date', 'basic')).toBe('**/**/2003');
    expect(maskFieldValue('thôn 3, xã Tân Lập, Hà Nội', 'address', 'basic')).toBe('**** *, ** *** ***, Hà Nội');
    expect(maskFieldValue('Nữ', 'gender', 'basic')).toBe('**');
  });
  it('fully masks sensitive fields and leaves non-personal ones', () => {
    expect(maskFieldValue('Kinh', 'text', 'sensitive')).toBe('****');
    expect(maskFieldValue('001203004567', 'personal_id', 'sensitive')).toBe('************');
    expect(maskFieldValue('123/QĐ-UBND', 'doc_number', 'none')).toBe('123/QĐ-UBND');
  });
  it('never shows more than half of a value, whatever the policy asks', () => {
    const policy = createPolicy({ fields: { fieldTypes: { personal_id: { op: 'partial', keepStart: 12, keepEnd: 12 } } } });
    const masked = maskFieldValue('001203004567', 'personal_id', 'basic', policy);
    expect(masked.replace(/\*/g, '').length).toBe(6);
  });
});

describe('scrubOcrWords', () => {
  const line = (words: string[], y: number): OcrWord[] => {
    let x = 10;
    return words.map((text) => {
      const w = { text, bbox: { x0: x, y0: y, x1: x + text.length * 10, y1: y + 20 } };
      x += text.length * 10 + 8;
      return w;
    });
  };
  const words = [
    ...line(['Họ', 'và', 'tên:', 'NGUYỄN', 'VĂN', 'AN'], 10),
    ...line(['Số', 'CCCD:001203004567'], 40),
    ...line(['Mã', 'hồ', 'sơ:', '000.00.12.H12-230525-0001'], 70),
  ];
  it('masks personal words, keeps the others, and returns their boxes', () => {
    const { words: out, boxes } = scrubOcrWords(words);
    expect(out.map((w) => w.text)).toEqual([
      'Họ', 'và', 'tên:', '******', '***', '**', 'Số', 'CCCD:************', 'Mã', 'hồ', 'sơ:', '000.00.12.H12-230525-0001',
    ]);
    expect(boxes).toEqual([words[3]!.bbox, words[4]!.bbox, words[5]!.bbox, words[7]!.bbox]);
    expect(out.map((w) => w.bbox)).toEqual(words.map((w) => w.bbox));
    expect(words[3]!.text).toBe('NGUYỄN'); // the input is not modified
  });
  it('treats a new line of words as a line break (a label on the next line is not part of a name)', () => {
    const ws = [...line(['Họ', 'tên:', 'LÊ', 'VĂN', 'TÁM'], 10), ...line(['GIỚI', 'TÍNH:', 'NAM'], 40)];
    expect(scrubOcrWords(ws).words.map((w) => w.text)).toEqual(['Họ', 'tên:', '**', '***', '***', 'GIỚI', 'TÍNH:', 'NAM']);
  });
});
