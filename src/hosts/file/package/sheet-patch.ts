// Patching a worksheet part cell by cell: the `<c>` elements the plan names are replaced (or inserted
// in row and column order where the sheet has none), and nothing else of the part changes. Also adds
// or removes the sheet's `<legacyDrawing>` (the link to its notes' drawing) at its schema position.
import { parseRef } from './cell-ref';
import { OFFICE_REL } from './rels';
import { Splicer, retag, startTag, walkXml, type XmlElement } from './xml';

/** A cell's source as it is in the part. */
export interface CellSource {
  xml: string;
  element: XmlElement;
  /** The part's whole text (element offsets point into it). */
  part: string;
}

/** Gives the new XML of a cell from its source (null: the sheet has no such cell); null leaves it as it is. */
export type CellRewrite = (source: CellSource | null, ref: string) => string | null;

export interface SheetPatch {
  /** Cells to rewrite, by 0-based row and column. */
  cells: Map<number, Map<number, CellRewrite>>;
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

/** Worksheet children that come after legacyDrawing (ECMA-376 18.3.1.99). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function refOf(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

interface RowState {
  row: number;
  element: XmlElement | null;
  cells: { col: number; start: number }[];
  kept: number;
}

export function patchSheetXml(xml: string, patch: SheetPatch): string {
  const splicer = new Splicer(xml);
  const pending = new Map<number, Map<number, CellRewrite>>();
  for (const [row, cols] of patch.cells) pending.set(row, new Map(cols));

  const rows: { row: number; start: number }[] = [];
  let sheetData: XmlElement | null = null;
  let current: RowState | null = null;
  let rowIndex = -1;
  let colIndex = -1;
  let depthOfSheetData = -1;
  let legacyDrawing: XmlElement | null = null;
  let insertLegacyAt = -1;
  let worksheet: XmlElement | null = null;

  const finishRow = (state: RowState) => {
    const left = pending.get(state.row);
    if (left && left.size > 0 && state.element) {
      const inserts = [...left.entries()].sort((a, b) => a[0] - b[0]);
      const byPosition = new Map<number, string[]>();
      for (const [col, rewrite] of inserts) {
        const text = rewrite(null, refOf(state.row, col));
        if (text === null) continue;
        const before = state.cells.find((c) => c.col > col);
        const at = before ? before.start : state.element.closeStart;
        (byPosition.get(at) ?? byPosition.set(at, []).get(at)!).push(text);
        state.kept++;
      }
      // `spans` (an optional hint of the row's first and last column) is widened only when a new cell falls outside it.
      const spans = state.element.attributes.spans;
      const widened = spans !== undefined && inserts.length > 0 ? widenSpans(spans, inserts[0][0] + 1, inserts[inserts.length - 1][0] + 1) : null;
      if (widened !== null) patch.spansChanged?.set(state.row, spans!);
      const rowTag = startTag(state.element.name, retag(state.element, widened !== null ? { spans: widened } : {}));
      for (const [at, texts] of byPosition) {
        if (state.element.selfClosing) splicer.replace(state.element.start, state.element.end, `${rowTag}${texts.join('')}</${state.element.name}>`);
        else splicer.insert(at, texts.join(''));
      }
      if (!state.element.selfClosing && widened !== null) splicer.replace(state.element.start, state.element.openEnd, rowTag);
      pending.delete(state.row);
    } else if (state.element && patch.setSpans?.has(state.row) && !(state.kept === 0 && patch.dropEmptyRows?.has(state.row))) {
      const tag = startTag(state.element.name, retag(state.element, { spans: patch.setSpans.get(state.row) }), state.element.selfClosing);
      splicer.replace(state.element.start, state.element.selfClosing ? state.element.end : state.element.openEnd, tag);
    }
    if (state.element && state.kept === 0 && patch.dropEmptyRows?.has(state.row)) splicer.replace(state.element.start, state.element.end, '');
  };

  walkXml(xml, {
    open(element, depth) {
      if (depth === 0) worksheet = element;
      if (depth === 1) {
        if (element.local === 'legacyDrawing') legacyDrawing = element;
        if (insertLegacyAt < 0 && AFTER_LEGACY_DRAWING.has(element.local)) insertLegacyAt = element.start;
      }
      if (element.local === 'sheetData' && depth === 1) {
        sheetData = element;
        depthOfSheetData = depth;
        return;
      }
      if (depth === depthOfSheetData + 1 && element.local === 'row' && sheetData) {
        rowIndex = element.attributes.r ? Number(element.attributes.r) - 1 : rowIndex + 1;
        colIndex = -1;
        current = { row: rowIndex, element, cells: [], kept: 0 };
        rows.push({ row: rowIndex, start: element.start });
        return;
      }
      if (depth === depthOfSheetData + 2 && element.local === 'c' && current) {
        const ref = element.attributes.r ? parseRef(element.attributes.r) : null;
        colIndex = ref ? ref.col : colIndex + 1;
        current.cells.push({ col: colIndex, start: element.start });
      }
    },
    close(element, depth) {
      if (depth === depthOfSheetData + 2 && element.local === 'c' && current) {
        const rewrite = pending.get(current.row)?.get(colIndex);
        if (rewrite) {
          pending.get(current.row)!.delete(colIndex);
          const text = rewrite({ xml: xml.slice(element.start, element.end), element, part: xml }, refOf(current.row, colIndex));
          if (text !== null) {
            splicer.replace(element.start, element.end, text);
            if (text !== '') current.kept++;
          } else current.kept++;
        } else current.kept++;
        return;
      }
      if (depth === depthOfSheetData + 1 && element.local === 'row' && current) {
        finishRow(current);
        current = null;
        return;
      }
      if (element.local === 'sheetData' && depth === 1) {
        const missing = [...pending.entries()].filter(([, cols]) => cols.size > 0).sort((a, b) => a[0] - b[0]);
        const byPosition = new Map<number, string[]>();
        for (const [row, cols] of missing) {
          const cells = [...cols.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([col, rewrite]) => rewrite(null, refOf(row, col)))
            .filter((t): t is string => t !== null && t !== '');
          if (cells.length === 0) continue;
          const before = rows.find((r) => r.row > row);
          const at = before ? before.start : element.closeStart;
          (byPosition.get(at) ?? byPosition.set(at, []).get(at)!).push(`<row r="${row + 1}">${cells.join('')}</row>`);
        }
        for (const [at, texts] of byPosition) {
          if (element.selfClosing) splicer.replace(element.start, element.end, `<${element.name}>${texts.join('')}</${element.name}>`);
          else splicer.insert(at, texts.join(''));
        }
      }
    },
  });
  if (!sheetData) throw new Error('worksheet has no sheetData');

  const drawing = legacyDrawing as XmlElement | null;
  if (patch.removeLegacyDrawing && drawing) splicer.replace(drawing.start, drawing.end, '');
  if (patch.addLegacyDrawing && !drawing) {
    const root = worksheet as XmlElement | null;
    const prefix = root ? relPrefix(root) : null;
    const tag = prefix
      ? startTag('legacyDrawing', [[`${prefix}:id`, patch.addLegacyDrawing]], true)
      : startTag('legacyDrawing', [['xmlns:r', OFFICE_REL], ['r:id', patch.addLegacyDrawing]], true);
    splicer.insert(insertLegacyAt >= 0 ? insertLegacyAt : root!.closeStart, tag);
  }
  return splicer.result();
}

/** `spans` ("1:9", or several ranges "1:3 5:9") covering columns first..last (1-based); null when it already does. */
function widenSpans(spans: string, first: number, last: number): string | null {
  const ranges = spans.split(/\s+/).filter(Boolean).map((r) => r.split(':').map(Number));
  if (ranges.some(([a, b]) => !Number.isFinite(a) || !Number.isFinite(b))) return null;
  const covered = (col: number) => ranges.some(([a, b]) => col >= a && col <= b);
  if (covered(first) && covered(last)) return null;
  const low = Math.min(first, ...ranges.map(([a]) => a));
  const high = Math.max(last, ...ranges.map(([, b]) => b));
  return `${low}:${high}`;
}

function relPrefix(root: XmlElement): string | null {
  for (const key of root.attributeOrder) {
    if (key.startsWith('xmlns:') && root.attributes[key] === OFFICE_REL) return key.slice(6);
  }
  return null;
}
