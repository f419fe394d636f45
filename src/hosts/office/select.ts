// Selecting a finding's cell, for a click in the task pane.
import type { OfficeSession } from './session';

/** Activates the sheet and selects the cell (0-based row and column), in one request. */
export async function selectCellIn(session: OfficeSession, sheet: string, row: number, col: number): Promise<void> {
  const worksheet = session.context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getCell(row, col).select();
  await session.sync();
}
