// readRows: the values, number formats and formulas of some rows, converted as readWorkbookGrid converts
// them, with each sheet's used range and the workbook's sheets, in one request. For re-checking the
// rows a user edited without reading the whole workbook again.
import type { SheetRowValues } from '../../core/row-patch';
import { CoreError } from '../../core/errors';
import { rangeAddress } from '../../core/address';
import { formatOf, formulaOf, rawValueOf } from './values';
import { officeErrorCode } from './errors';
import { queueWorkbookInfo, refuseChanged, type WorkbookInfo } from './workbook-info';
import { jsonBytes } from './payload';
import type { OfficeSession } from './session';

export interface RowsRequest {
  sheet: string;
  /** 0-based rows. */
  rows: number[];
  /** The columns to read, 0-based and inclusive. */
  left: number;
  right: number;
}

export interface RowsRead {
  sheets: SheetRowValues[];
  info: WorkbookInfo;
}

/** Consecutive rows, read as one range. */
function runsOf(rows: number[]): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row === last.bottom + 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  return runs;
}

/** Throws CoreError('workbook-changed') when the workbook's sheets are no longer those of `since`. */
export async function readRowsIn(session: OfficeSession, requests: readonly RowsRequest[], since: WorkbookInfo): Promise<RowsRead> {
  const readInfo = queueWorkbookInfo(session);
  const { worksheets } = session.context.workbook;
  const loaded = requests.map((request) => {
    const sheet = worksheets.getItem(request.sheet);
    return {
      request,
      used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      runs: runsOf(request.rows).map((run) => ({
        ...run,
        range: sheet.getRange(rangeAddress(run.top, request.left, run.bottom, request.right)).load('values,numberFormat,formulas'),
      })),
    };
  });
  const estimate = requests.reduce((n, r) => n + jsonBytes(r), 0);
  try {
    await session.sync(estimate);
  } catch (e) {
    if (officeErrorCode(e) === 'ItemNotFound') throw new CoreError('workbook-changed');
    throw e;
  }
  refuseChanged(since, readInfo());

  return {
    info: readInfo(),
    sheets: loaded.map(({ request, used, runs }) => ({
      sheet: request.sheet,
      left: request.left,
      used: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 },
      rows: runs.flatMap(({ top, range }) =>
        range.values.map((values, i) => {
          const formats = range.numberFormat[i].map(formatOf);
          const formulas = range.formulas[i].map((f, c) => formulaOf(f, values[c]));
          return { row: top + i, values: values.map((v, c) => rawValueOf(v, formats[c])), formats, formulas };
        }),
      ),
    })),
  };
}
