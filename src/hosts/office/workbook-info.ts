// What a host operation needs to know before it reads or writes anything: the sheets, their
// visibility and protection, whether the workbook structure is protected, the events setting and
// the number of notes. Loaded alongside other reads, so it costs no request of its own.
import { CoreError } from '../../core/errors';
import { JOURNAL_SHEET } from '../../core/journal';
import type { OfficeSession } from './session';

export interface SheetInfo {
  /** Excel's id: a sheet deleted and added again under the same name gets a new one. */
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  workbookProtected: boolean;
  /** runtime.enableEvents before the host touched it; null when the API is not there (ExcelApi < 1.8). */
  enableEvents: boolean | null;
  hasSheet(name: string): boolean;
  hasJournal: boolean;
  /** Notes in the workbook; null when the notes API (ExcelApi 1.18) is not there. */
  noteCount: number | null;
}

/** Queues the loads into the open request; the returned function reads them after its sync. */
export function queueWorkbookInfo(session: OfficeSession): () => WorkbookInfo {
  const { workbook, runtime } = session.context;
  const worksheets = workbook.worksheets.load('items/id,items/name,items/visibility,items/protection/protected');
  const protection = session.supports('1.7') ? workbook.protection.load('protected') : null;
  const events = session.supports('1.8') ? runtime.load('enableEvents') : null;
  const notes = session.supports('1.18') ? workbook.notes.getCount() : null;
  return () => {
    const sheets = worksheets.items.map((ws) => ({ id: ws.id, name: ws.name, visibility: ws.visibility, protected: ws.protection.protected }));
    const names = new Set(sheets.map((s) => s.name.toLowerCase()));
    return {
      sheets,
      workbookProtected: protection?.protected ?? false,
      enableEvents: events ? events.enableEvents : null,
      hasSheet: (name) => names.has(name.toLowerCase()),
      hasJournal: names.has(JOURNAL_SHEET.toLowerCase()),
      noteCount: notes ? notes.value : null,
    };
  };
}

export async function readWorkbookInfo(session: OfficeSession): Promise<WorkbookInfo> {
  const info = queueWorkbookInfo(session);
  await session.sync();
  return info();
}

/**
 * Throws CoreError('workbook-changed') when sheets, protection or the number of notes changed
 * between two reads: a plan made from the first read could then land on the wrong cells.
 */
export function refuseChanged(before: WorkbookInfo, now: WorkbookInfo): void {
  const describe = (info: WorkbookInfo) =>
    JSON.stringify([info.sheets.map((s) => [s.id, s.name, s.visibility, s.protected]), info.workbookProtected, info.noteCount]);
  if (describe(before) !== describe(now)) throw new CoreError('workbook-changed');
}
