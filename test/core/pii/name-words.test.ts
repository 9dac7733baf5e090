// The person-name matcher records the words of the run it matched, and the validator of that same
// match reads them instead of scanning the words again. Its verdict must not depend on that record:
// here each match is validated right after its matcher (record used, made reading the text or on
// the scanner's tokens) and again once the record belongs to another text (words read from the
// text), on the corpus, its upper-case copy and mutated copies.
import { describe, expect, it } from 'vitest';
import { recognizers } from '../../../src/core/pii/index.ts';
import { Scanner } from '../../../src/core/pii/scan.ts';
import type { Label, LabelKind, MatchContext, Verdict } from '../../../src/core/pii/types.ts';
import { loadCorpus } from '../../fixtures/pii/corpus.ts';

const personName = recognizers.find((r) => r.type === 'person_name')!;
const scanner = new Scanner(recognizers);

/** A context as the engine builds it, for one text and the labels the scanner found in it. */
function contextFor(text: string, strong: readonly Label[], start: number, end: number, anchor: Label | null): MatchContext {
  let label: Label | null = null;
  for (const l of strong) if (l.end <= start && start - l.end <= 64) label = l;
  return {
    text, hasUpper: scanner.hasUpper, start, end, label, anchor,
    gap: () => '',
    labelKind: (maxGap: number): LabelKind | null => (label !== null && start - label.end <= maxGap ? label.kind : null),
    labelStartIn(from: number, to: number): number {
      for (const l of strong) if (l.start >= from) return l.start < to ? l.start : -1;
      return -1;
    },
  };
}

const asText = (v: Verdict): string => JSON.stringify(v);

describe('person-name word record', () => {
  it('gives the same verdicts whether the validator reads the recorded words or the text', () => {
    const corpus = loadCorpus().map((s) => s.text);
    const texts = [...corpus, ...corpus.map((t) => t.toUpperCase()), ...corpus.map((t) => t.replace(/ /g, '  ').replace(/ơ/g, "'"))];
    const found = { valueStart: 0 };
    const other = 'Ông Trần Văn Bình, bà Lê Thị Hoa';
    let compared = 0;
    let accepted = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      scanner.scan(text);
      const strong = scanner.strong.slice(0, scanner.strongCount);
      const tries: { pos: number; anchor: Label | null; pattern: number }[] = [];
      for (const l of scanner.labels.slice(0, scanner.labelCount)) if (l.kind === 'person_name') tries.push({ pos: l.end, anchor: l, pattern: -1 });
      // (where the engine runs the guard: at tokens followed by a capitalized one, see Pattern.capsNext)
      for (let t = 0; t < scanner.n; t++) {
        const pos = scanner.tStart[t]!;
        if (scanner.capitalFollows(t) && personName.patterns[0]!.guard!(text, pos, scanner, t)) tries.push({ pos, anchor: null, pattern: 0 });
      }
      for (const { pos, anchor, pattern } of tries) {
        const scan = pattern === 0 ? personName.patterns[0]!.scan! : personName.afterLabel![0]!.scan!;
        // The record as the matcher makes it reading the text, and on the engine's tokens (as it runs there).
        const verdicts: string[] = [];
        let start = -1;
        let end = -1;
        for (const tokens of [undefined, scanner]) {
          found.valueStart = pos;
          end = tokens === undefined ? scan(text, pos, found) : scan(text, pos, found, tokens, pattern === 0 ? scanner.tokenAt(pos) : -1);
          if (end < 0) break;
          start = found.valueStart;
          verdicts.push(asText(personName.validate({ index: pos, end, pattern }, text, contextFor(text, strong, start, end, anchor))));
        }
        if (end < 0) continue;
        const match = { index: pos, end, pattern };
        // another text's run replaces the record
        found.valueStart = 4;
        personName.afterLabel![0]!.scan!(other, 3, found);
        const read = asText(personName.validate(match, text, contextFor(text, strong, start, end, anchor)));
        compared++;
        const [recorded, recordedOnTokens] = verdicts;
        if (recorded !== 'null') accepted++;
        if ((recorded !== read || recordedOnTokens !== read) && wrong.length < 5) {
          wrong.push(`${JSON.stringify(text.slice(start, end))}: ${recorded} / ${recordedOnTokens} / ${read}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(300);
  });
});
