// Reading a worksheet part into the core's terms: each cell's value (shared strings, inline and rich
// text, numbers, booleans, errors, dates by their number format), number format and formula; the
// merged areas; the relationship ids of its Excel tables and notes.
import type { CellRect, RawValue } from '../../../core/types';
import { isDateFormat, serialToIso } from '../../../core/excel-date';
import { parseRangeRef, parseRef } from './cell-ref';
import { walkXml } from './xml';

export interface ReadCell {
  row: number;
  col: number;
  value: RawValue;
  format: string | null;
  formula: string | null;
  /** The cell's style index (s). */
  style: number;
}

export interface ReadSheet {
  cells: ReadCell[];
  merges: CellRect[];
  tableRelIds: string[];
  legacyDrawingRelId: string | null;
}

export interface SheetReadContext {
  sharedStrings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

/** Serial 0 of the 1904 date system is 1904-01-01, serial 1462 of the 1900 system. */
const DATE_1904_OFFSET = 1462;

function relIdOf(attributes: Record<string, string>): string {
  for (const key of Object.keys(attributes)) if (key === 'r:id' || key.endsWith(':id')) return attributes[key];
  return '';
}

export function readSheetXml(xml: string, context: SheetReadContext): ReadSheet {
  const cells: ReadCell[] = [];
  const merges: CellRect[] = [];
  const tableRelIds: string[] = [];
  let legacyDrawingRelId: string | null = null;
  // Shared formulas: the master carries the text, the others only its index.
  const sharedFormulas = new Map<string, string>();

  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let valueText: string | null = null;
  let inlineText = '';
  let formula: string | null = null;
  let inCell = false;
  let inInline = false;
  let phonetic = 0;

  walkXml(xml, {
    open(element, depth) {
      const a = element.attributes;
      switch (element.local) {
        case 'row': {
          const r = a.r ? Number(a.r) - 1 : row + 1;
          row = Number.isFinite(r) ? r : row + 1;
          col = -1;
          break;
        }
        case 'c': {
          const ref = a.r ? parseRef(a.r) : null;
          if (ref) {
            row = ref.row;
            col = ref.col;
          } else col++;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          valueText = null;
          inlineText = '';
          formula = null;
          inCell = true;
          break;
        }
        case 'is':
          if (inCell) inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const rect = a.ref ? parseRangeRef(a.ref) : null;
          if (rect) merges.push(rect);
          break;
        }
        case 'tablePart':
          tableRelIds.push(relIdOf(a));
          break;
        case 'legacyDrawing':
          if (depth === 1) legacyDrawingRelId = relIdOf(a);
          break;
      }
    },
    close(element) {
      if (!inCell) {
        if (element.local === 'rPh') phonetic--;
        return;
      }
      switch (element.local) {
        case 'v':
          valueText = element.text;
          break;
        case 't':
          if (inInline && phonetic === 0) inlineText += element.text;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'is':
          inInline = false;
          break;
        case 'f': {
          const a = element.attributes;
          let text = element.text;
          if (a.t === 'shared' && a.si !== undefined) {
            if (text) sharedFormulas.set(a.si, text);
            else text = sharedFormulas.get(a.si) ?? '';
          }
          // A formula cell is a formula even when its text is empty (a shared one read out of order).
          formula = text || formula || '=';
          break;
        }
        case 'c': {
          inCell = false;
          const format = context.formats[style] ?? null;
          const value = cellValue(type, valueText, inlineText, format, context);
          if (value !== null || formula !== null || style !== 0) cells.push({ row, col, value, format, formula, style });
          break;
        }
      }
    },
  });
  return { cells, merges, tableRelIds, legacyDrawingRelId };
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
    case 'd':
      return text ? { date: new Date(text).toISOString() } : null;
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
