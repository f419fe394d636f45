// The departmental return (部门填报表) as a workbook: where its parts are, the hidden marker that lets
// a returned file be recognised, and the check stamp kept in the workbook's custom properties. Shared
// by making templates, checking a return and merging returns, in every host.
import { z } from 'zod';
import type { RawValue, WorkbookGrid } from '../types';

/**
 * The marker lives in the return sheet itself, in a hidden column of the (protected) sheet at the
 * title row: it travels with the sheet when the sheet is moved or copied to another workbook.
 */
export const MARKER_PREFIX = 'IndicatorCheck return|';

/** The custom document property that holds the check stamp (JSON). */
export const STAMP_PROPERTY = 'IndicatorCheckStamp';

/** The return sheet's name in a return workbook (one department, one sheet). */
export const RETURN_SHEET = '填报表';

/**
 * Layout of the return sheet (0-based rows and columns). Row 0: title. Rows 1–2: the fields, label
 * then input cell: 填报单位 (B2), 填报人 (D2), 联系电话 (F2), 填报日期 (H2) on row 1; row 2 left blank
 * for reading. Row 3: header. Indicator rows from row 4.
 */
export const RETURN_LAYOUT = {
  titleRow: 0,
  fieldRow: 1,
  headerRow: 3,
  firstDataRow: 4,
  /** Label column, input column of each field. */
  fields: {
    unit: { label: 0, input: 1, text: '填报单位' },
    person: { label: 2, input: 3, text: '填报人' },
    phone: { label: 4, input: 5, text: '联系电话' },
    date: { label: 6, input: 7, text: '填报日期' },
  },
  /** Data columns; value and previous are headed with their years (2026年, 2025年). */
  columns: {
    seq: 0,
    name: 1,
    unit: 2,
    target: 3,
    property: 4,
    coop: 5,
    value: 6,
    previous: 7,
    note: 8,
    /** Hidden: the marker at the title row. */
    marker: 10,
  },
  headers: {
    seq: '序号',
    name: '指标名称',
    unit: '单位',
    target: '目标值',
    property: '指标属性',
    coop: '配合单位',
    note: '上报说明',
  },
} as const;

export type ReturnField = keyof typeof RETURN_LAYOUT.fields;

/** What the hidden marker records. */
export interface ReturnMarker {
  version: 1;
  department: string;
  catalogId: string;
  catalogVersion: string | null;
  /** The reporting year: the value column's year. */
  year: number;
  /** The sheet the marker was found on (set when read; a moved or renamed sheet keeps its marker). */
  sheet: string;
  /** Each indicator of the return and its 0-based row on the return sheet, in order. */
  indicators: { id: string; row: number }[];
}

const markerSchema = z
  .object({
    version: z.literal(1),
    department: z.string().min(1),
    catalogId: z.string().min(1),
    catalogVersion: z.string().nullable(),
    year: z.number().int(),
    sheet: z.string().min(1),
    indicators: z.array(z.object({ id: z.string().min(1), row: z.number().int().min(0) }).strict()),
  })
  .strict();

/** The marker cell's text. It starts with a letter, so no host takes it for a formula or a number. */
export function encodeReturnMarker(marker: ReturnMarker): string {
  return MARKER_PREFIX + JSON.stringify(marker);
}

/** The marker from a marker cell's text; null when the text is not a (valid) marker. */
export function decodeReturnMarker(text: RawValue): ReturnMarker | null {
  if (typeof text !== 'string' || !text.startsWith(MARKER_PREFIX)) return null;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(text.slice(MARKER_PREFIX.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every return sheet of a workbook read by a host, with `sheet` set to where its marker is. */
export function findReturnMarkers(grid: WorkbookGrid): ReturnMarker[] {
  const { titleRow, columns } = RETURN_LAYOUT;
  const found: ReturnMarker[] = [];
  for (const sheet of grid.sheets) {
    const marker = decodeReturnMarker(sheet.values[titleRow - sheet.top]?.[columns.marker - sheet.left] ?? null);
    if (marker) found.push({ ...marker, sheet: sheet.name });
  }
  return found;
}

/** The check stamp written when a return passes its check. */
export interface ReturnStamp {
  version: 1;
  /** The return sheet that was checked. */
  sheet: string;
  catalogId: string;
  catalogVersion: string | null;
  department: string;
  /** ISO time of the check. */
  checkedAt: string;
  /** explainedFail: failing indicators explained in 上报说明 (absent in stamps written before it was counted). */
  counts: { indicators: number; pass: number; fail: number; review: number; explained: number; explainedFail?: number };
  /** SHA-256 (hex) of the return's value, previous-year, note and field cells; see returnValueHash. */
  valueHash: string;
}

export const stampSchema = z
  .object({
    version: z.literal(1),
    sheet: z.string(),
    catalogId: z.string(),
    catalogVersion: z.string().nullable(),
    department: z.string(),
    checkedAt: z.string(),
    counts: z
      .object({ indicators: z.number(), pass: z.number(), fail: z.number(), review: z.number(), explained: z.number(), explainedFail: z.number().optional() })
      .strict(),
    valueHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export function decodeStamp(text: string | null | undefined): ReturnStamp | null {
  if (!text) return null;
  try {
    const parsed = stampSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The state of a return's stamp as the creation office sees it at consolidation. */
export type StampState = 'valid' | 'changed' | 'outdated-catalog' | 'unchecked';
