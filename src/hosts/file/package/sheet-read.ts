// Reading a worksheet part into the core's terms: each cell's value (shared strings, inline and rich
// text, numbers, booleans, errors, dates by their number format), number format and formula; the
// merged areas; the relationship ids of its Excel tables and notes. The read also keeps where every
// row and cell is in the part's text, so that a patch needs no second parse of a large sheet.
import { SaxesParser } from 'saxes';
import type { CellRect, RawValue } from '../../../core/types';
import { isDateFormat, serialToIso } from '../../../core/excel-date';
import { parseRangeRef, parseRef } from './cell-ref';
import { localName } from './xml';
import { SheetCells, type ReadCell } from './sheet-cells';

export type { ReadCell };

/** A `<row>` element: where it is, and its cells (indexes into ReadSheet.cells, in document order). */
export interface RowPosition {
  row: number;
  name: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  attributes: Record<string, string>;
  firstCell: number;
  cellCount: number;
}

export interface SheetPositions {
  rows: RowPosition[];
  sheetData: { name: string; start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null;
  /** The root element's attributes (its namespace declarations) and the offset of its end tag. */
  rootAttributes: Record<string, string>;
  rootCloseStart: number;
  legacyDrawing: { start: number; end: number } | null;
  /** Where a `<legacyDrawing>` goes when the sheet has none (before the first element that must follow it). */
  legacyDrawingAt: number;
}

export interface ReadSheet {
  cells: SheetCells;
  merges: CellRect[];
  tableRelIds: string[];
  legacyDrawingRelId: string | null;
  positions: SheetPositions;
}

export interface SheetReadContext {
  sharedStrings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

/** Serial 0 of the 1904 date system is 1904-01-01, serial 1462 of the 1900 system. */
const DATE_1904_OFFSET = 1462;

/** Worksheet children that come after legacyDrawing (ECMA-376 18.3.1.99). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

function relIdOf(attributes: Record<string, string>): string {
  for (const key of Object.keys(attributes)) if (key === 'r:id' || key.endsWith(':id')) return attributes[key];
  return '';
}

export class SheetSyntaxError extends Error {}

export function readSheetXml(xml: string, context: SheetReadContext): ReadSheet {
  const cells = new SheetCells(context.formats);
  const merges: CellRect[] = [];
  const tableRelIds: string[] = [];
  const rows: RowPosition[] = [];
  const positions: SheetPositions = { rows, sheetData: null, rootAttributes: {}, rootCloseStart: xml.length, legacyDrawing: null, legacyDrawingAt: -1 };
  let legacyDrawingRelId: string | null = null;
  // Shared formulas: the master carries the text, the others only its index.
  const sharedFormulas = new Map<string, string>();

  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let tagStart = 0;
  let row = -1;
  let col = -1;
  let currentRow: RowPosition | null = null;
  let inCell = false;
  let cellStart = 0;
  let cellStyle = 0;
  let type = '';
  let valueText: string | null = null;
  let inlineText = '';
  let formula: string | null = null;
  let formulaShared: string | undefined;
  let formulaMaster = false;
  let text = '';
  let collecting = false;
  let inInline = false;
  let phonetic = 0;
  let sheetDataDepth = -1;

  parser.on('opentagstart', (tag) => {
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (depth === 0) positions.rootAttributes = a;
    if (depth === 1) {
      if (name === 'legacyDrawing') {
        positions.legacyDrawing = { start: tagStart, end: tag.isSelfClosing ? parser.position : -1 };
        legacyDrawingRelId = relIdOf(a);
      }
      if (positions.legacyDrawingAt < 0 && AFTER_LEGACY_DRAWING.has(name)) positions.legacyDrawingAt = tagStart;
      if (name === 'sheetData') {
        sheetDataDepth = depth;
        positions.sheetData = { name: tag.name, start: tagStart, openEnd: parser.position, closeStart: parser.position, end: parser.position, selfClosing: tag.isSelfClosing };
      }
    }
    if (sheetDataDepth >= 0 && depth === sheetDataDepth + 1 && name === 'row') {
      row = a.r ? Number(a.r) - 1 : row + 1;
      col = -1;
      currentRow = { row, name: tag.name, start: tagStart, openEnd: parser.position, closeStart: parser.position, end: parser.position, selfClosing: tag.isSelfClosing, attributes: a, firstCell: cells.count, cellCount: 0 };
      rows.push(currentRow);
    } else if (currentRow && depth === sheetDataDepth + 2 && name === 'c') {
      const ref = a.r ? parseRef(a.r) : null;
      col = ref ? ref.col : col + 1;
      if (ref) row = ref.row;
      type = a.t ?? 'n';
      valueText = null;
      inlineText = '';
      formula = null;
      inCell = true;
      cellStart = tagStart;
      cellStyle = a.s ? Number(a.s) : 0;
      if (tag.isSelfClosing) {
        // An empty cell (a style only): closed at once.
        inCell = false;
        cells.push(row, col, tagStart, parser.position, cellStyle, null, null);
        currentRow!.cellCount++;
        return;
      }
    } else if (inCell) {
      if (name === 'v' || name === 'f' || (name === 't' && inInline && phonetic === 0)) {
        collecting = true;
        text = '';
        if (name === 'f') {
          formulaShared = a.t === 'shared' ? a.si : undefined;
          formulaMaster = a.ref !== undefined;
        }
      } else if (name === 'is') inInline = true;
      else if (name === 'rPh') phonetic++;
    } else if (name === 'mergeCell') {
      const rect = a.ref ? parseRangeRef(a.ref) : null;
      if (rect) merges.push(rect);
    } else if (name === 'tablePart') tableRelIds.push(relIdOf(a));
    if (!tag.isSelfClosing) depth++;
    else closeElement(name, tag.name);
  });
  parser.on('text', (t) => {
    if (collecting) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    depth--;
    closeElement(localName(tag.name), tag.name);
  });
  parser.on('error', (e) => {
    throw new SheetSyntaxError(e.message);
  });

  function closeElement(name: string, qualified: string): void {
    const end = parser.position;
    if (inCell) {
      switch (name) {
        case 'v':
          valueText = text;
          collecting = false;
          return;
        case 't':
          if (collecting) inlineText += text;
          collecting = false;
          return;
        case 'f': {
          collecting = false;
          let f = text;
          if (formulaShared !== undefined) {
            if (f && formulaMaster) sharedFormulas.set(formulaShared, f);
            else if (!f) f = sharedFormulas.get(formulaShared) ?? '';
          }
          // A formula cell is a formula even when its text is not known here (a shared one read out of order).
          formula = f || '=';
          return;
        }
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c': {
          const value = cellValue(type, valueText, inlineText, context.formats[cellStyle] ?? null, context);
          cells.push(row, col, cellStart, end, cellStyle, value, formula);
          currentRow!.cellCount++;
          inCell = false;
          return;
        }
      }
      return;
    }
    if (name === 'row' && currentRow && qualified === currentRow.name) {
      currentRow.end = end;
      currentRow.closeStart = currentRow.selfClosing ? currentRow.openEnd : end - qualified.length - 3;
      currentRow = null;
    } else if (name === 'sheetData' && positions.sheetData && depth === sheetDataDepth) {
      positions.sheetData.end = end;
      positions.sheetData.closeStart = positions.sheetData.selfClosing ? positions.sheetData.openEnd : end - qualified.length - 3;
      sheetDataDepth = -1;
    } else if (name === 'legacyDrawing' && positions.legacyDrawing && depth === 1) {
      positions.legacyDrawing.end = end;
    } else if (depth === 0) {
      positions.rootCloseStart = end - qualified.length - 3;
    }
  }

  parser.write(xml).close();
  if (positions.legacyDrawingAt < 0) positions.legacyDrawingAt = positions.rootCloseStart;
  return { cells, merges, tableRelIds, legacyDrawingRelId, positions };
}

function cellValue(type: string, text: string | null, inline: string, format: string | null, context: SheetReadContext): RawValue {
  switch (type) {
    case 's': {
      const index = text === null ? NaN : Number(text);
      return Number.isInteger(index) ? (context.sharedStrings[index] ?? null) : null;
    }
    case 'inlineStr':
      return inline;
    case 'str':
      return text ?? '';
    case 'b':
      return text === null ? null : text === '1' || text === 'true';
    case 'e':
      return text === null ? null : { error: text };
    case 'd': {
      const date = text ? new Date(text) : null;
      return date && !Number.isNaN(date.getTime()) ? { date: date.toISOString() } : null;
    }
    default: {
      if (text === null || text === '') return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return null;
      if (isDateFormat(format)) {
        const iso = serialToIso(context.date1904 ? number + DATE_1904_OFFSET : number);
        return iso ? { date: iso } : number;
      }
      return number;
    }
  }
}
