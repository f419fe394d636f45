// The undo journal's very hidden sheet in a live workbook (same format as the file host's:
// src/core/journal.ts), and deleting the sheets the tool made.
import { rangeAddress } from '../../core/address';
import { JOURNAL_MARKER, JOURNAL_SHEET, decodeJournal, encodeJournal, type Journal } from '../../core/journal';
import { packBySize } from '../../core/batches';
import { readSheets } from './sheet-reader';
import { OPERATION_OVERHEAD, PAYLOAD_BUDGET, jsonBytes } from './payload';
import { rawValueOf } from './values';
import type { OfficeSession } from './session';
import type { RequestWriter } from './request-writer';

/** Journal rows hold up to 32,000 characters each: 20 of them are at most ~2 MB. */
export const JOURNAL_READ_ROWS = 20;

/** `sheet` and `marker` name another journal of the same format (the merge journal). */
export async function readJournal(session: OfficeSession, sheet = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<Journal> {
  const blocks = await readSheets(session, [{ name: sheet, withFormats: false, firstRows: JOURNAL_READ_ROWS }]);
  const block = blocks.get(sheet)!;
  return decodeJournal(block.values.map((row) => row.map((v) => rawValueOf(v, null))), '', marker);
}

/**
 * Adds the journal sheet and writes the journal into it, very hidden. Its cells are written as plain
 * values: each one starts with the journal's marker or prefix, never with a character Excel would parse.
 */
export async function writeJournalSheet(writer: RequestWriter, journal: Journal, name = JOURNAL_SHEET, marker = JOURNAL_MARKER): Promise<void> {
  const rows = encodeJournal(journal, marker);
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
  let sheet: Excel.Worksheet | null = null;
  let top = 0;
  for (const chunk of packBySize(padded, (row) => jsonBytes(row), PAYLOAD_BUDGET / 2)) {
    await writer.reserve(jsonBytes(chunk) + 2 * OPERATION_OVERHEAD);
    sheet ??= writer.context.workbook.worksheets.add(name);
    sheet.getRange(rangeAddress(top, 0, top + chunk.length - 1, width - 1)).values = chunk;
    top += chunk.length;
  }
  await writer.reserve(OPERATION_OVERHEAD);
  sheet!.visibility = 'VeryHidden';
}

/** Deletes a sheet the tool made; a very hidden one must be made hidden first, or Excel refuses. */
export async function deleteSheet(writer: RequestWriter, name: string, veryHidden: boolean): Promise<void> {
  await writer.reserve(3 * OPERATION_OVERHEAD);
  const sheet = writer.context.workbook.worksheets.getItem(name);
  if (veryHidden) sheet.visibility = 'Hidden';
  sheet.delete();
}
