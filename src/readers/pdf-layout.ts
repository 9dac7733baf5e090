// Rebuilds visual lines from positioned text boxes: PDF text items and OCR words
// alike. Extraction works on lines like `Label: value`, so boxes that sit on one
// baseline must end up on one line, left to right, and a wide horizontal gap
// (a table column, a form's value column) becomes a tab so the columns survive.

/** A piece of text and its box in top-down page coordinates (y grows downwards). */
export interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayoutRow {
  /** Cells left to right: runs of boxes separated by column-sized gaps. */
  cells: string[];
  /** Left edge of each cell. */
  cellX: number[];
  /** The cells joined by tabs. */
  text: string;
  /** Median box height: the font size for PDF text, the word height for OCR. */
  height: number;
  /** Vertical centre. */
  y: number;
  x0: number;
  x1: number;
  /** Width of the row's first word: would it have fitted at the end of the line above? */
  firstWordWidth: number;
  /** Set on logical rows that absorbed wrapped lines. */
  wrapped?: boolean;
}

export interface LayoutOptions {
  /** A gap wider than this many row heights starts a new cell. Default 1.2. */
  cellGap?: number;
  /** A gap narrower than this many row heights joins boxes without a space (split words). Default 0.08. */
  joinGap?: number;
}

interface OpenRow {
  boxes: TextBox[];
  /** Sum of the centres of the boxes that formed the row (not the small ones that joined). */
  sumCenter: number;
  /** Heights of those same boxes. */
  heights: number[];
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function center(b: TextBox): number {
  return (b.y0 + b.y1) / 2;
}

function firstWordWidth(b: TextBox): number {
  const t = b.text.trim();
  const word = t.split(/\s+/)[0] ?? t;
  return t.length ? ((b.x1 - b.x0) * word.length) / t.length : 0;
}

export function buildRows(input: TextBox[], opts: LayoutOptions = {}): LayoutRow[] {
  const cellGap = opts.cellGap ?? 1.2;
  const joinGap = opts.joinGap ?? 0.08;
  const boxes = input
    .filter((b) => b.text.trim() !== '' && b.y1 > b.y0)
    .sort((a, b) => center(a) - center(b) || a.x0 - b.x0);

  // Punctuation (hyphens, dots) has boxes far smaller than the line's words and a
  // centre that says little: rows are formed from the other boxes first, and the
  // small ones then join the row whose vertical span holds them.
  const typical = median(boxes.map((b) => b.y1 - b.y0));
  const small = (b: TextBox) => b.y1 - b.y0 < 0.45 * typical;
  const open: OpenRow[] = [];
  for (const b of boxes) {
    if (small(b)) continue;
    const h = b.y1 - b.y0;
    const c = center(b);
    let best: OpenRow | undefined;
    let bestDist = Infinity;
    // Rows are created in centre order, so only the last few can still accept this box.
    for (let i = open.length - 1; i >= 0 && i >= open.length - 8; i--) {
      const row = open[i]!;
      const rowCenter = row.sumCenter / row.heights.length;
      const rowH = median(row.heights);
      const dist = Math.abs(rowCenter - c);
      if (dist < 0.5 * Math.min(Math.max(rowH, h), 2 * Math.min(rowH, h)) && dist < bestDist) {
        best = row;
        bestDist = dist;
      }
    }
    if (best) {
      best.boxes.push(b);
      best.sumCenter += c;
      best.heights.push(h);
    } else {
      open.push({ boxes: [b], sumCenter: c, heights: [h] });
    }
  }
  for (const b of boxes) {
    if (!small(b)) continue;
    const c = center(b);
    let best: OpenRow | undefined;
    let bestDist = Infinity;
    for (const row of open) {
      const top = Math.min(...row.boxes.map((x) => x.y0));
      const bottom = Math.max(...row.boxes.map((x) => x.y1));
      const dist = Math.abs(row.sumCenter / row.heights.length - c);
      if (c >= top && c <= bottom && dist < bestDist) {
        best = row;
        bestDist = dist;
      }
    }
    // Joining does not move the row's centre: the small box's centre is unreliable.
    if (best) best.boxes.push(b);
    else open.push({ boxes: [b], sumCenter: c, heights: [b.y1 - b.y0] });
  }

  const rows: LayoutRow[] = [];
  for (const row of open) {
    row.boxes.sort((a, b) => a.x0 - b.x0);
    const h = median(row.heights);
    const cells: string[] = [];
    const cellX: number[] = [];
    let cell = '';
    let prevX1 = -Infinity;
    for (const b of row.boxes) {
      const text = b.text.replace(/\s+/g, ' ');
      const gap = b.x0 - prevX1;
      if (cell === '') {
        cell = text.trimStart();
        cellX.push(b.x0);
      } else if (gap > cellGap * h) {
        cells.push(cell.trim());
        cell = text.trimStart();
        cellX.push(b.x0);
      } else if (gap < joinGap * h && !/\s$/.test(cell) && !/^\s/.test(text)) {
        cell += text;
      } else {
        cell = cell.trimEnd() + ' ' + text.trimStart();
      }
      prevX1 = Math.max(prevX1, b.x1);
    }
    if (cell.trim() !== '') cells.push(cell.trim());
    else cellX.pop();
    if (cells.length === 0) continue;
    rows.push({
      cells,
      cellX,
      text: cells.join('\t'),
      height: h,
      y: row.sumCenter / row.heights.length,
      x0: row.boxes[0]!.x0,
      x1: Math.max(...row.boxes.map((b) => b.x1)),
      firstWordWidth: firstWordWidth(row.boxes[0]!),
    });
  }
  rows.sort((a, b) => a.y - b.y);
  return rows;
}

export interface Layout {
  /** Visual lines; a line that continues table cells is indented by tabs to the column it continues. */
  lines: string[];
  /** Logical rows: wrapped cell lines joined to the row they continue. */
  rows: LayoutRow[];
}

/**
 * Finds the wrapped lines of table cells and label/value columns: a line right
 * under a row of several cells, whose every cell starts where one of that row's
 * cells starts, continues those cells ('…Thành phố Hồ Chí' / 'Minh'). Single-
 * column text is left alone: there a short line may as well be a new item, and
 * extraction decides.
 */
export function layoutRows(rows: LayoutRow[], tolerance = 0.6): Layout {
  const out: LayoutRow[] = [];
  const lines: string[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && prev.cells.length >= 2 && row.y - prev.y <= 1.8 * Math.max(prev.height, row.height)) {
      const tol = tolerance * Math.max(prev.height, row.height);
      const targets = row.cellX.map((x) => prev.cellX.findIndex((px) => Math.abs(px - x) <= tol));
      const startsAtLeft = Math.abs(row.cellX[0]! - prev.cellX[0]!) <= tol;
      // 'Label: value' is complete in itself: such a line starts a row, and nothing continues such a cell.
      const selfContained = (c: string) => /:\s*\S/.test(c) || c.endsWith(':');
      if (
        targets.every((t) => t >= 0 && !selfContained(prev.cells[t]!)) &&
        !row.cells.some(selfContained) &&
        !(startsAtLeft && row.cells.length >= 2) &&
        new Set(targets).size === targets.length
      ) {
        const cells = [...prev.cells];
        targets.forEach((t, i) => { cells[t] = `${cells[t]} ${row.cells[i]}`; });
        out[out.length - 1] = { ...prev, cells, text: cells.join('\t'), y: row.y };
        lines.push('\t'.repeat(targets[0]!) + row.text);
        continue;
      }
    }
    out.push(row);
    lines.push(row.text);
  }
  return { lines, rows: joinWrappedLabels(out, tolerance) };
}

const labelLine = /^([^:]*\p{L}[^:]*?)\s*:\s*(\S.*)?$/u;

/**
 * Word-wrapped `Label: value` lines: the line below starts at the same left edge,
 * has no label of its own, and its first word would not have fitted at the end of
 * this line (the line reached the right edge of its block). The joined row gets
 * `wrapped`, and pairsFromRows turns it into a pair with the whole value.
 */
function joinWrappedLabels(rows: LayoutRow[], tolerance: number): LayoutRow[] {
  const out: LayoutRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    const m = row.cells.length === 1 ? labelLine.exec(row.cells[0]!) : null;
    if (!m || m[1]!.length > 60 || /\d$/.test(m[1]!) || (m[2] !== undefined && /:\s*\S/.test(m[2]))) {
      out.push(row);
      continue;
    }
    const tol = tolerance * row.height;
    // The block: neighbouring rows sharing this left edge, without a wide vertical gap.
    let right = row.x1;
    for (const dir of [-1, 1]) {
      for (let j = i + dir, last = row; j >= 0 && j < rows.length; j += dir) {
        const r = rows[j]!;
        if (Math.abs(r.x0 - row.x0) > tol || Math.abs(r.y - last.y) > 2.5 * Math.max(r.height, last.height)) break;
        right = Math.max(right, r.x1);
        last = r;
      }
    }
    while (i + 1 < rows.length) {
      const next = rows[i + 1]!;
      const space = 0.3 * row.height;
      const fits = row.x1 + space + next.firstWordWidth <= right - 0.1 * row.height;
      if (
        next.cells.length !== 1 || fits || Math.abs(next.x0 - row.x0) > tol ||
        next.y - row.y > 1.8 * Math.max(row.height, next.height) || /:\s*\S|:$/.test(next.text)
      ) break;
      const text = `${row.text} ${next.text}`;
      row = { ...next, cells: [text], cellX: row.cellX, text, x0: row.x0, wrapped: true };
      i++;
    }
    out.push(row);
  }
  return out;
}

/**
 * The document title as a reader can tell it apart: the first run of consecutive
 * rows, near the top, set clearly larger than the body text.
 */
export function titleFromRows(rows: LayoutRow[], ratio = 1.25): string | undefined {
  if (rows.length < 3) return undefined;
  const body = median(rows.map((r) => r.height));
  const limit = Math.min(rows.length, 25);
  const picked: string[] = [];
  for (let i = 0; i < limit; i++) {
    const r = rows[i]!;
    if (r.height >= ratio * body && /\p{L}{2}/u.test(r.text)) {
      picked.push(r.text.replace(/\t/g, ' '));
    } else if (picked.length > 0) {
      break;
    }
  }
  return picked.length > 0 ? picked.join(' ') : undefined;
}

/**
 * Label/value pairs the layout itself shows: a cell ending in a colon and the
 * cell after it, and the two cells of a two-column row (table, form column)
 * whose first cell reads like a label. Values are whole (wrapped lines joined).
 */
export function pairsFromRows(rows: LayoutRow[]): { label: string; value: string }[] {
  const pairs: { label: string; value: string }[] = [];
  for (const r of rows) {
    if (r.wrapped) {
      const m = labelLine.exec(r.cells[0]!);
      if (m && m[2]) pairs.push({ label: m[1]!.trim(), value: m[2].trim() });
      continue;
    }
    for (let i = 0; i + 1 < r.cells.length; i++) {
      const label = r.cells[i]!;
      if (/^[^:]{2,80}:$/.test(label)) {
        pairs.push({ label: label.slice(0, -1).trim(), value: r.cells[i + 1]! });
        i++;
      }
    }
    // In a row of several cells, a 'Label: value' cell ends at the column gap: its
    // value cannot run into the next column ('Số: 12/QĐ-UBND' | 'Hà Nội, ngày …').
    if (r.cells.length >= 2) {
      for (const cell of r.cells) {
        const m = /^([^:]*\p{L}[^:]*?)\s*:\s*(\S.*)$/u.exec(cell);
        if (m && m[1]!.length <= 60 && !/\d$/.test(m[1]!)) pairs.push({ label: m[1]!.trim(), value: m[2]!.trim() });
      }
    }
    if (r.cells.length === 2) {
      const [label, value] = r.cells as [string, string];
      // A label: letters, no colon inside, not a whole 'Label: value', not shouting (headers are upper case).
      const looksLikeLabel = /\p{Ll}/u.test(label) && !label.includes(':') && label.length <= 80 && !/:\s*\S/.test(value);
      if (looksLikeLabel) pairs.push({ label: label.trim(), value: value.trim() });
    }
  }
  return pairs;
}
