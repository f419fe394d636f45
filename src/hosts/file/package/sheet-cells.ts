// The cells of a read worksheet, kept column by column in typed arrays: a province sheet has millions
// of cells, and one object per cell costs several times the memory and most of the garbage collection.

import type { RawValue } from '../../../core/types';

/** One cell, made on demand. */
export interface ReadCell {
  row: number;
  col: number;
  value: RawValue;
  format: string | null;
  formula: string | null;
  /** The cell's style index (s). */
  style: number;
  /** Where the `<c>` element is in the part's text. */
  start: number;
  end: number;
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

export class SheetCells {
  count = 0;
  row: Int32Array<ArrayBuffer> = new Int32Array(1024);
  col: Int32Array<ArrayBuffer> = new Int32Array(1024);
  start: Int32Array<ArrayBuffer> = new Int32Array(1024);
  end: Int32Array<ArrayBuffer> = new Int32Array(1024);
  style: Int32Array<ArrayBuffer> = new Int32Array(1024);
  readonly value: RawValue[] = [];
  /** Formulas by cell index (most cells have none). */
  readonly formula = new Map<number, string>();

  constructor(private readonly formats: (string | null)[]) {}

  push(row: number, col: number, start: number, end: number, style: number, value: RawValue, formula: string | null): void {
    if (this.count === this.row.length) {
      const size = this.count * 2;
      this.row = grown(this.row, size);
      this.col = grown(this.col, size);
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.style = grown(this.style, size);
    }
    const i = this.count++;
    this.row[i] = row;
    this.col[i] = col;
    this.start[i] = start;
    this.end[i] = end;
    this.style[i] = style;
    this.value.push(value);
    if (formula !== null) this.formula.set(i, formula);
  }

  format(i: number): string | null {
    return this.formats[this.style[i]] ?? null;
  }

  get(i: number): ReadCell {
    return {
      row: this.row[i],
      col: this.col[i],
      value: this.value[i],
      format: this.format(i),
      formula: this.formula.get(i) ?? null,
      style: this.style[i],
      start: this.start[i],
      end: this.end[i],
    };
  }

  /** Every cell as an object: for small sheets (journals) and tests. */
  all(): ReadCell[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i));
  }

  /** The cells named by `wanted` (row → columns), as objects, by row × 16384 + column. */
  pick(wanted: Map<number, Map<number, unknown> | Set<number>>): Map<number, ReadCell> {
    const found = new Map<number, ReadCell>();
    for (let i = 0; i < this.count; i++) {
      const cols = wanted.get(this.row[i]);
      if (cols && cols.has(this.col[i])) found.set(this.row[i] * 16384 + this.col[i], this.get(i));
    }
    return found;
  }
}
