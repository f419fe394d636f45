// The undo journal (DESIGN §6): the previous state of every cell the tool touched, kept in the
// workbook itself in a very hidden sheet, so that "清除标记" can put everything back exactly and a
// second check starts from the original workbook instead of stacking marks.
//
// On the sheet, the first row holds a marker and the journal's header as JSON. The entries follow as
// JSON lines (each entry an array of its fields in ENTRY_FIELDS order, to keep the sheet small), packed into cells of up to MAX_CELL_CHARS characters, one cell a row: writing a few
// hundred long cells is many times faster than one cell per entry. Every packed cell starts with
// CHUNK_PREFIX, so that no cell begins with `=`, `+`, `-` or `@` or looks like a number, which a host
// writing plain values (Office.js) would turn into a formula or a number.
import { z } from 'zod';
import type { RawValue } from './types';
import { CoreError } from './errors';

export const JOURNAL_SHEET = '_IndicatorCheck_Journal';
export const JOURNAL_MARKER = 'IndicatorCheck journal';

/**
 * The merge journal (returns merge): the same encoding in a sheet of its own, so that taking check
 * marks off never reverts merged values, and 撤销合并 restores the merged cells exactly.
 */
export const MERGE_JOURNAL_SHEET = '_IndicatorCheck_Merge';
export const MERGE_JOURNAL_MARKER = 'IndicatorCheck merge journal';

/** Excel refuses more than 32,767 characters in a cell; stay clear of that. */
export const MAX_CELL_CHARS = 32000;
export const CHUNK_PREFIX = '|';

export interface JournalEntry {
  sheet: string;
  /** 0-based, like everywhere in the core. */
  row: number;
  col: number;
  /** The fill before the tool touched the cell: '#RRGGBB', or null for none. */
  fill: string | null;
  /** The font colour before: '#RRGGBB', or null for the automatic colour. */
  fontColor: string | null;
  /** The value before (a formula as its text). */
  value: RawValue | { formula: string };
  /** The note before, or null. */
  note: string | null;
  /**
   * The value the tool wrote, when it changed the value (filled responsibility cells). A host puts
   * `value` back only while the cell still holds this, so a correction typed later is kept.
   */
  written?: string | number;
  /**
   * The host's own complete record of the cell's formatting and note (the file host keeps exceljs's
   * style and note as JSON), restored in preference to fill, fontColor and note by a host that
   * recognises it; other hosts ignore it.
   */
  hostRecord?: string;
}

export interface Journal {
  version: 1;
  createdAt: string;
  /** The summary sheet the tool made, deleted when the marks are cleared. */
  summarySheet: string | null;
  /** The host's own record of what it changed beyond the cells (the file host: appended styles, parts it added). */
  hostRecord?: string;
  entries: JournalEntry[];
}

const rawValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ error: z.string() }).strict(),
  z.object({ date: z.string() }).strict(),
  z.object({ formula: z.string() }).strict(),
]);

const entrySchema = z
  .object({
    sheet: z.string().min(1),
    row: z.number().int().min(0),
    col: z.number().int().min(0),
    fill: z.string().nullable(),
    fontColor: z.string().nullable(),
    value: rawValueSchema,
    note: z.string().nullable(),
    written: z.union([z.string(), z.number()]).optional(),
    hostRecord: z.string().optional(),
  })
  .strict();

const headerSchema = z
  .object({ version: z.literal(1), createdAt: z.string(), summarySheet: z.string().nullable(), hostRecord: z.string().optional() })
  .strict();

/** Cuts text into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function splitText(text: string, size = MAX_CELL_CHARS): string[] {
  if (text.length <= size) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The order of an entry's fields in its JSON array; optional ones at the end. */
const ENTRY_FIELDS = ['sheet', 'row', 'col', 'fill', 'fontColor', 'value', 'note', 'written', 'hostRecord'] as const;
const FIRST_OPTIONAL_FIELD = ENTRY_FIELDS.indexOf('written');

function entryLine(entry: JournalEntry): string {
  const fields: unknown[] = ENTRY_FIELDS.map((field) => entry[field]);
  while (fields.length > FIRST_OPTIONAL_FIELD && fields[fields.length - 1] === undefined) fields.pop();
  return JSON.stringify(fields);
}

/** An entry's array back into an object (null for anything else); a null optional field is an absent one. */
function entryObject(json: unknown): unknown {
  if (!Array.isArray(json) || json.length > ENTRY_FIELDS.length) return null;
  const entry: Record<string, unknown> = {};
  ENTRY_FIELDS.forEach((field, i) => {
    if (i < FIRST_OPTIONAL_FIELD || (json[i] !== undefined && json[i] !== null)) entry[field] = json[i];
  });
  return entry;
}

function packed(text: string): string[] {
  return splitText(text, MAX_CELL_CHARS - CHUNK_PREFIX.length).map((piece) => CHUNK_PREFIX + piece);
}

/**
 * The entries' lines joined by newlines and cut into cells as they are made: a journal of some
 * hundred thousand entries is never held whole as one string and again as its pieces.
 */
function packedLines(entries: JournalEntry[]): string[] {
  const size = MAX_CELL_CHARS - CHUNK_PREFIX.length;
  const cells: string[] = [];
  let buffer = '';
  entries.forEach((entry, i) => {
    buffer += (i === 0 ? '' : '\n') + entryLine(entry);
    while (buffer.length > size) {
      let end = size;
      const last = buffer.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff) end--;
      cells.push(CHUNK_PREFIX + buffer.slice(0, end));
      buffer = buffer.slice(end);
    }
  });
  if (buffer) cells.push(CHUNK_PREFIX + buffer);
  return cells;
}

/** `marker` is JOURNAL_MARKER for the check journal, MERGE_JOURNAL_MARKER for the merge journal. */
export function encodeJournal(journal: Journal, marker = JOURNAL_MARKER): string[][] {
  const { entries, ...header } = journal;
  return [[marker, ...packed(JSON.stringify(header))], ...packedLines(entries).map((cell) => [cell])];
}

function badJournal(source: string, reason: string): CoreError {
  return new CoreError('bad-journal', { file: source, reason });
}

/** The text packed into a row's cells, in order; empty cells are skipped. */
function unpack(row: RawValue[], rowIndex: number, source: string): string {
  let text = '';
  for (const cell of row) {
    if (cell === null || cell === '') continue;
    if (typeof cell !== 'string' || !cell.startsWith(CHUNK_PREFIX)) throw badJournal(source, `第${rowIndex + 1}行的单元格不是撤销记录`);
    text += cell.slice(CHUNK_PREFIX.length);
  }
  return text;
}

function parseJson<T>(text: string, schema: z.ZodType<T>, where: string, source: string, shape = (json: unknown) => json): T {
  let json: unknown;
  try {
    json = shape(JSON.parse(text));
  } catch {
    throw badJournal(source, `${where}不是有效的 JSON`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badJournal(source, `${where} ${issue.path.join('.') || '(整条)'}:${issue.message}`);
  }
  return result.data;
}

/** Reads the rows of the journal sheet back; anything malformed is a CoreError('bad-journal'). */
export function decodeJournal(rows: RawValue[][], source = '', marker = JOURNAL_MARKER): Journal {
  const first = rows[0] ?? [];
  if (first[0] !== marker) throw badJournal(source, '缺少撤销记录的标识行');
  const header = parseJson(unpack(first.slice(1), 0, source), headerSchema, '标识行', source);
  let text = '';
  for (let r = 1; r < rows.length; r++) text += unpack(rows[r] ?? [], r, source);
  const entries = text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => parseJson(line, entrySchema, `第${i + 1}条记录`, source, entryObject) as JournalEntry);
  return { ...header, entries };
}
