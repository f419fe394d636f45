// clearMarks: puts back every cell the journal recorded (fill, font colour, value, note), deletes the
// summary sheet the tool made and the journal, in four requests for an ordinary workbook.
import { JOURNAL_SHEET } from '../../core/journal';
import { cellKey, restoreChanges } from '../../core/cell-edits';
import { readWorkbookInfo } from './workbook-info';
import { deleteSheet, readJournal } from './journal-sheet';
import { readCellStates } from './cell-states';
import { writeCellChanges } from './cell-writes';
import { refuseProtected } from './protection';
import { RequestWriter } from './request-writer';
import type { OfficeSession } from './session';

export interface ClearResult {
  restored: number;
  /** Entries whose sheet no longer exists. */
  skipped: number;
  summarySheet: string | null;
  /** The notes API (ExcelApi 1.18) is not there: notes were left as they are. */
  notesSkipped: boolean;
}

/** Returns null when the workbook carries no journal (it was never checked, or was cleared). */
export async function clearMarksIn(session: OfficeSession): Promise<ClearResult | null> {
  const info = await readWorkbookInfo(session);
  if (!info.hasJournal) return null;
  const journal = await readJournal(session);
  const entries = journal.entries.filter((e) => info.hasSheet(e.sheet));
  refuseProtected(info, entries.map((e) => e.sheet), true);

  const notesSupported = info.noteCount !== null;
  const states = await readCellStates(session, entries, info.noteCount);
  const lookup = (s: string, r: number, c: number) => states.get(cellKey(s, r, c));
  const { changes, restored, skipped } = restoreChanges(journal, lookup, info.hasSheet);

  const writer = new RequestWriter(session);
  const summarySheet = journal.summarySheet && info.hasSheet(journal.summarySheet) ? journal.summarySheet : null;
  try {
    await writeCellChanges(writer, changes, notesSupported ? (s, r, c) => lookup(s, r, c)?.note ?? null : null);
    if (summarySheet) await deleteSheet(writer, summarySheet, false);
    await deleteSheet(writer, JOURNAL_SHEET, true);
    await writer.finish(info.enableEvents);
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return { restored, skipped, summarySheet: journal.summarySheet, notesSkipped: !notesSupported };
}
