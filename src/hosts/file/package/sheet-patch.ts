// Patching a worksheet part cell by cell, at the positions its read recorded: the `<c>` elements the
// plan names are replaced (or inserted in row and column order where the sheet has none), and
// nothing else of the part changes. Also adds or removes the sheet's `<legacyDrawing>` (the link to
// its notes' drawing) at its schema position.
import { OFFICE_REL } from './rels';
import type { ReadSheet, RowPosition } from './sheet-read';
import { Splicer, parseXml, retag, startTag, type XmlElement } from './xml';

/** A cell's source as it is in the part. */
export interface CellSource {
  xml: string;
  /** The parsed element; its offsets point into `part`. */
  element: XmlElement;
  part: string;
}

/**
 * Gives the new XML of a cell from what the patch holds for it and its source (null: the sheet has
 * no such cell); null leaves the cell as it is, '' removes it.
 */
export type CellRewrite<T> = (item: T, source: CellSource | null, ref: string, row: number, col: number) => string | null;

export interface SheetPatch<T = unknown> {
  /** What to write into each cell, by 0-based row and column. */
  cells: Map<number, Map<number, T>>;
  rewrite: CellRewrite<T>;
  /** Adds `<legacyDrawing r:id>` when the sheet has none. */
  addLegacyDrawing?: string;
  /** Removes the sheet's `<legacyDrawing>`. */
  removeLegacyDrawing?: boolean;
  /** Rows the patch may delete when it leaves them without cells (rows the tool itself added). */
  dropEmptyRows?: Set<number>;
  /** Rows whose `spans` attribute is set to this (the value before the tool widened it). */
  setSpans?: Map<number, string>;
  /** Filled by the patch: rows whose `spans` it widened, with the value before. */
  spansChanged?: Map<number, string>;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function refOf(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** `spans` ("1:9", or several ranges "1:3 5:9") covering columns first..last (1-based); null when it already does. */
function widenSpans(spans: string, first: number, last: number): string | null {
  // The common case, one range "a:b", without building arrays.
  const colon = spans.indexOf(':');
  if (colon > 0 && spans.indexOf(' ') < 0) {
    const low = Number(spans.slice(0, colon));
    const high = Number(spans.slice(colon + 1));
    if (Number.isFinite(low) && Number.isFinite(high)) {
      if (first >= low && last <= high) return null;
      return `${Math.min(low, first)}:${Math.max(high, last)}`;
    }
  }
  const ranges = spans.split(/\s+/).filter(Boolean).map((r) => r.split(':').map(Number));
  if (ranges.some(([a, b]) => !Number.isFinite(a) || !Number.isFinite(b))) return null;
  const covered = (col: number) => ranges.some(([a, b]) => col >= a && col <= b);
  if (covered(first) && covered(last)) return null;
  const low = Math.min(first, ...ranges.map(([a]) => a));
  const high = Math.max(last, ...ranges.map(([, b]) => b));
  return `${low}:${high}`;
}

function rowTag(row: RowPosition, changes: Record<string, string | undefined>, empty = false): string {
  const element = { attributes: row.attributes, attributeOrder: Object.keys(row.attributes) } as XmlElement;
  return startTag(row.name, retag(element, changes), empty);
}

/** The sources of the existing cells a patch rewrites, parsed together in one pass. */
function cellSources(xml: string, read: ReadSheet, wanted: Set<number>): Map<number, CellSource> {
  const indexes = [...wanted].sort((a, b) => a - b);
  const pieces = indexes.map((i) => xml.slice(read.cells.start[i], read.cells.end[i]));
  const batch = `<w>${pieces.join('')}</w>`;
  const root = parseXml(batch);
  const sources = new Map<number, CellSource>();
  root.children.forEach((element, k) => sources.set(indexes[k], { xml: pieces[k], element, part: batch }));
  return sources;
}

/** Index of the first row at or after `row` in document order (rows are in ascending order). */
function rowIndexAfter(rows: RowPosition[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid].row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function patchSheetXml<T>(xml: string, read: ReadSheet, patch: SheetPatch<T>): string {
  const { positions, cells } = read;
  if (!positions.sheetData) throw new Error('worksheet has no sheetData');
  const splicer = new Splicer(xml);
  const rowsByNumber = new Map<number, RowPosition>();
  for (const r of positions.rows) if (patch.cells.has(r.row) || patch.setSpans?.has(r.row)) rowsByNumber.set(r.row, r);

  // Existing cells first: which of them the patch rewrites.
  const wanted = new Set<number>();
  const inRow = new Map<number, Map<number, number>>();
  for (const [rowNumber, cols] of patch.cells) {
    const row = rowsByNumber.get(rowNumber);
    if (!row) continue;
    const byCol = new Map<number, number>();
    for (let i = row.firstCell; i < row.firstCell + row.cellCount; i++) {
      if (cols.has(cells.col[i])) {
        byCol.set(cells.col[i], i);
        wanted.add(i);
      }
    }
    inRow.set(rowNumber, byCol);
  }
  const sources = wanted.size ? cellSources(xml, read, wanted) : new Map<number, CellSource>();

  const newRows: { row: number; text: string }[] = [];
  for (const [rowNumber, cols] of [...patch.cells].sort((a, b) => a[0] - b[0])) {
    const row = rowsByNumber.get(rowNumber);
    const sorted = [...cols].sort((a, b) => a[0] - b[0]);
    if (!row) {
      const texts = sorted.map(([col, item]) => patch.rewrite(item, null, refOf(rowNumber, col), rowNumber, col)).filter((t): t is string => !!t);
      if (texts.length) newRows.push({ row: rowNumber, text: `<row r="${rowNumber + 1}">${texts.join('')}</row>` });
      continue;
    }
    const existing = inRow.get(rowNumber)!;
    let removed = 0;
    const inserts: { col: number; at: number; text: string }[] = [];
    for (const [col, item] of sorted) {
      const index = existing.get(col);
      if (index !== undefined) {
        const text = patch.rewrite(item, sources.get(index)!, refOf(rowNumber, col), rowNumber, col);
        if (text === null) continue;
        if (text === '') removed++;
        splicer.replace(cells.start[index], cells.end[index], text);
        continue;
      }
      const text = patch.rewrite(item, null, refOf(rowNumber, col), rowNumber, col);
      if (!text) continue;
      let at = row.closeStart;
      for (let i = row.firstCell; i < row.firstCell + row.cellCount; i++) {
        if (cells.col[i] > col) {
          at = cells.start[i];
          break;
        }
      }
      inserts.push({ col, at, text });
    }
    if (removed === row.cellCount && removed > 0 && inserts.length === 0 && patch.dropEmptyRows?.has(rowNumber)) {
      // Every cell of a row the tool added is gone: the row goes too (its cells' edits are inside it).
      splicer.dropInside(row.start, row.end);
      continue;
    }
    const spans = row.attributes.spans;
    const widened = spans !== undefined && inserts.length > 0 ? widenSpans(spans, inserts[0].col + 1, inserts[inserts.length - 1].col + 1) : null;
    if (widened !== null) patch.spansChanged?.set(rowNumber, spans!);
    const restoredSpans = patch.setSpans?.get(rowNumber);
    const changes: Record<string, string | undefined> = widened !== null ? { spans: widened } : restoredSpans !== undefined ? { spans: restoredSpans } : {};
    if (row.selfClosing) {
      if (inserts.length || Object.keys(changes).length) {
        splicer.replace(row.start, row.end, inserts.length ? `${rowTag(row, changes)}${inserts.map((i) => i.text).join('')}</${row.name}>` : rowTag(row, changes, true));
      }
      continue;
    }
    if (Object.keys(changes).length) splicer.replace(row.start, row.openEnd, rowTag(row, changes));
    for (const insert of inserts) splicer.insert(insert.at, insert.text);
  }
  for (const [rowNumber, spans] of patch.setSpans ?? []) {
    const row = rowsByNumber.get(rowNumber);
    if (row && !patch.cells.has(rowNumber)) splicer.replace(row.start, row.selfClosing ? row.end : row.openEnd, rowTag(row, { spans }, row.selfClosing));
  }
  if (newRows.length) {
    const sheetData = positions.sheetData;
    if (sheetData.selfClosing) {
      splicer.replace(sheetData.start, sheetData.end, `<${sheetData.name}>${newRows.map((r) => r.text).join('')}</${sheetData.name}>`);
    } else {
      for (const { row, text } of newRows) {
        const after = positions.rows[rowIndexAfter(positions.rows, row)];
        splicer.insert(after ? after.start : sheetData.closeStart, text);
      }
    }
  }

  const drawing = positions.legacyDrawing;
  if (patch.removeLegacyDrawing && drawing) splicer.replace(drawing.start, drawing.end, '');
  if (patch.addLegacyDrawing && !drawing) {
    const prefix = relPrefix(positions.rootAttributes);
    const tag = prefix
      ? startTag('legacyDrawing', [[`${prefix}:id`, patch.addLegacyDrawing]], true)
      : startTag('legacyDrawing', [['xmlns:r', OFFICE_REL], ['r:id', patch.addLegacyDrawing]], true);
    splicer.insert(positions.legacyDrawingAt, tag);
  }
  return splicer.result();
}

function relPrefix(attributes: Record<string, string>): string | null {
  for (const key of Object.keys(attributes)) {
    if (key.startsWith('xmlns:') && attributes[key] === OFFICE_REL) return key.slice(6);
  }
  return null;
}
