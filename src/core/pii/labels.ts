// The label index: one pass of one regex over the folded text finds every
// label ("Số CCCD", "Ngày cấp", "ông"...) with the kind of value it announces.
// Recognizers then ask for the nearest label instead of re-reading the text.
import type { Label, LabelKind, PiiType, Recognizer } from './types.ts';
import { nonPersonalLabels } from './guards.ts';

interface Entry {
  kind: LabelKind;
  weak: boolean;
}

/** Labels end with ':' when they are too ambiguous without one ("ho:" is "Họ:", not "Hồ"). */
function keyOf(label: string): string {
  return label.replace(/[\s,]+/g, ' ').replace(/ :/g, ':').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class LabelIndex {
  private readonly re: RegExp;
  private readonly entries = new Map<string, Entry>();

  constructor(recognizers: readonly Recognizer[]) {
    const add = (label: string, kind: LabelKind, weak: boolean): void => {
      const key = keyOf(label);
      const prev = this.entries.get(key);
      // A strong label wins over a weak one; otherwise the first declaration wins.
      if (!prev || (prev.weak && !weak)) this.entries.set(key, { kind, weak });
    };
    for (const l of nonPersonalLabels) add(l, 'none', false);
    for (const r of recognizers) {
      for (const l of r.context) add(l, r.type, false);
      for (const l of r.weakContext ?? []) add(l, r.type, true);
    }
    const alternatives = [...this.entries.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => escapeRe(k).replace(/ /g, '[\\s,]+').replace(/:/g, '\\s*:'));
    this.re = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
  }

  /** Fills `out` with the labels of a folded text, in order, non-overlapping. */
  find(folded: string, out: Label[]): Label[] {
    out.length = 0;
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      const e = this.entries.get(keyOf(m[0]));
      if (e) out.push({ start: m.index, end: m.index + m[0].length, kind: e.kind, weak: e.weak });
    }
    return out;
  }

  kindOf(label: string): LabelKind | undefined {
    return this.entries.get(keyOf(label))?.kind;
  }
}

export type { PiiType };
