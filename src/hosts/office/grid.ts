// readWorkbookGrid: every worksheet's used range as the core's grid (values, number formats, dates,
// formulas), with merged areas, Excel tables and visibility, the undo journal of a previous check,
// the sheets the journals say the tool made, and what applyPlan needs to know of the workbook. Two
// requests for an ordinary workbook; more only for sheets whose rows exceed the payload limit.
import type { CellRect, RawValue, SheetGrid, WorkbookGrid } from '../../core/types';
import { JOURNAL_SHEET, MERGE_JOURNAL_MARKER, MERGE_JOURNAL_SHEET, decodeJournal, type Journal } from '../../core/journal';
import { JOURNAL_READ_ROWS } from './journal-sheet';
import { unmarkedGrid } from '../../core/unmarked-grid';
import { type AlongsideLoads, type SheetBlock, readSheets } from './sheet-reader';
import { formatOf, formulaOf, rawValueOf } from './values';
import { rectOfAddress, rectsOfAreas } from './addresses';
import { queueWorkbookInfo, type WorkbookInfo } from './workbook-info';
import type { OfficeSession } from './session';

/**
 * Rows read in the first request: 5,000 indicator rows with the titles and headers above them; of
 * ordinary width they stay far below 5 MB (a wider sheet is retried in smaller pieces).
 */
export const FIRST_READ_ROWS = 5100;

export interface GridRead {
  /** The workbook as the core should check it: with the marks of a previous check taken off (see unmarkedGrid). */
  grid: WorkbookGrid;
  /** The journal of a previous check, or null. */
  journal: Journal | null;
  /** Sheets, protection, events and notes as they were read: applyPlan starts from them. */
  info: WorkbookInfo;
}

function gridValues(block: SheetBlock): { values: RawValue[][]; formats: (string | null)[][]; formulas: (string | null)[][] | null } {
  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let anyValue = false;
  block.values.forEach((row, r) => {
    const formatRow = block.formats?.[r] ?? [];
    values.push(row.map((v, c) => rawValueOf(v, formatOf(formatRow[c]))));
    const kept = formatRow.map(formatOf);
    if (kept.some((f) => f !== null)) formats[r] = kept;
    const formulaRow = (block.formulas?.[r] ?? []).map((f, c) => formulaOf(f, row[c]));
    if (formulaRow.some((f) => f !== null)) formulas[r] = formulaRow;
    anyValue ||= row.some((v) => v !== '' && v !== null) || formulaRow.some((f) => f !== null);
  });
  // A blank sheet's used range is A1 alone; the file host gives no rows for it.
  if (!anyValue) return { values: [], formats: [], formulas: null };
  return { values, formats: Array.from(formats, (row) => row ?? []), formulas: formulas.length ? Array.from(formulas, (row) => row ?? []) : null };
}

/** The merge journal's header (its first row) names the consolidation sheet it made; null when unreadable. */
function consolidationSheetOf(block: SheetBlock | undefined): string | null {
  if (!block) return null;
  try {
    return decodeJournal(block.values.slice(0, 1).map((row) => row.map((v) => rawValueOf(v, null))), '', MERGE_JOURNAL_MARKER).summarySheet;
  } catch {
    return null;
  }
}

interface SheetExtras {
  merges?: CellRect[];
  tables?: ({ name: string } & CellRect)[];
}

/** Merged areas (ExcelApi 1.13) and table ranges, loaded with the first request. */
function extrasLoader(session: OfficeSession, tables: Excel.TableCollection, extras: Map<string, SheetExtras>): AlongsideLoads {
  return (used) => {
    const merged = session.supports('1.13')
      ? [...used].map(([name, range]) => ({ name, areas: range.getMergedAreasOrNullObject().load('address') }))
      : [];
    const tableRanges = tables.items.map((table) => ({ table, range: table.getRange().load('address') }));
    return () => {
      for (const { name, areas } of merged) {
        if (!areas.isNullObject) (extras.get(name) ?? extras.set(name, {}).get(name)!).merges = rectsOfAreas(areas.address);
      }
      for (const { table, range } of tableRanges) {
        const sheet = table.worksheet.name;
        const rect = rectOfAddress(range.address);
        if (!rect) continue;
        const entry = extras.get(sheet) ?? extras.set(sheet, {}).get(sheet)!;
        (entry.tables ??= []).push({ name: table.name, ...rect });
      }
    };
  };
}

export async function readGridIn(session: OfficeSession): Promise<GridRead> {
  const readInfo = queueWorkbookInfo(session);
  const tables = session.context.workbook.tables.load('items/name,items/worksheet/name');
  await session.sync();

  const info = readInfo();
  // The merge journal is the tool's record, never data: only its header row is read here (the
  // consolidation sheet it names is the tool's); the entries are read when a merge is undone.
  const names = info.sheets.map((ws) => ws.name).filter((name) => name !== MERGE_JOURNAL_SHEET);
  const mergeJournal = info.hasSheet(MERGE_JOURNAL_SHEET) ? [{ name: MERGE_JOURNAL_SHEET, withFormats: false, firstRows: 1, firstRowsOnly: true }] : [];
  const hidden = new Map(info.sheets.map((ws) => [ws.name, ws.visibility !== 'Visible']));
  const extras = new Map<string, SheetExtras>();
  const blocks = await readSheets(
    session,
    [
      ...names.map((name) =>
        name === JOURNAL_SHEET
          ? { name, withFormats: false, firstRows: JOURNAL_READ_ROWS }
          : { name, withFormats: true, withFormulas: true, firstRows: FIRST_READ_ROWS },
      ),
      ...mergeJournal,
    ],
    extrasLoader(session, tables, extras),
  );

  const sheets: SheetGrid[] = [];
  let journal: Journal | null = null;
  for (const name of names) {
    const block = blocks.get(name)!;
    if (name === JOURNAL_SHEET) {
      journal = decodeJournal(block.values.map((row) => row.map((v) => rawValueOf(v, null))));
      continue;
    }
    const { values, formats, formulas } = gridValues(block);
    const extra = extras.get(name) ?? {};
    sheets.push({
      name,
      top: values.length ? block.top : 0,
      left: values.length ? block.left : 0,
      values,
      formats,
      ...(formulas ? { formulas } : {}),
      ...(extra.merges?.length ? { merges: extra.merges } : {}),
      ...(extra.tables?.length ? { tables: extra.tables } : {}),
      ...(hidden.get(name) ? { hidden: true } : {}),
    });
  }
  const owned = [journal?.summarySheet ?? null, consolidationSheetOf(blocks.get(MERGE_JOURNAL_SHEET))].filter((n): n is string => !!n);
  const grid: WorkbookGrid = { sheets, ...(owned.length ? { ownedSheets: owned } : {}) };
  return { grid: journal ? unmarkedGrid(grid, journal) : grid, journal, info };
}
