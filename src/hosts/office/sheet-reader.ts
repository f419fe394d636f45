// Reading the used ranges of worksheets in as few requests as the payload limit allows: the first
// request gets every sheet's used range with its first rows; rows beyond those follow in chunks
// sized from what the first rows weighed, several chunks to a request while they fit. Formulas come
// with the values, in the same requests.
import { rangeAddress } from '../../core/address';
import { packBySize } from '../../core/batches';
import { officeErrorCode } from './errors';
import { PAYLOAD_BUDGET, jsonBytes } from './payload';
import type { OfficeSession } from './session';

export interface SheetRequest {
  name: string;
  /** Read the number formats too. */
  withFormats: boolean;
  /** Read the formulas too (Range.formulas). */
  withFormulas?: boolean;
  /** Rows read in the first request; the rest follows in chunks. */
  firstRows: number;
  /** Read the first rows only, never the rest (a journal's header row). */
  firstRowsOnly?: boolean;
}

/** A sheet's used range as read: Office.js values (and formats), rows × cols from (top, left). */
export interface SheetBlock {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: unknown[][];
  formats: unknown[][] | null;
  formulas: unknown[][] | null;
}

/** Loads queued into the first request, given each sheet's used range; returns what to run after it. */
export type AlongsideLoads = (used: Map<string, Excel.Range>) => () => void;

const GUESSED_BYTES_PER_CELL = 40;
const MIN_FIRST_ROWS = 50;
const MAX_RETRIES = 8;

function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded';
}

function loadList(request: { withFormats: boolean; withFormulas?: boolean }, window = true): string {
  return [...(window ? ['rowIndex', 'rowCount'] : []), 'values', ...(request.withFormats ? ['numberFormat'] : []), ...(request.withFormulas ? ['formulas'] : [])].join(',');
}

interface Chunk {
  block: SheetBlock;
  withFormats: boolean;
  withFormulas: boolean;
  top: number;
  rows: number;
  estimate: number;
}

/** The first request: used ranges, their first rows, and whatever `alongside` adds. */
async function readFirst(session: OfficeSession, requests: SheetRequest[], shrink: number, alongside?: AlongsideLoads) {
  const { worksheets } = session.context.workbook;
  const used = new Map<string, Excel.Range>();
  const windows = new Map<string, Excel.Range>();
  for (const request of requests) {
    const sheet = worksheets.getItem(request.name);
    const range = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const firstRows = Math.max(1, Math.floor(request.firstRows / shrink));
    const window = range.getIntersectionOrNullObject(sheet.getRange(`1:${firstRows}`)).load(loadList(request));
    used.set(request.name, range);
    windows.set(request.name, window);
  }
  const after = alongside?.(used);
  await session.sync();
  after?.();
  return { used, windows };
}

export async function readSheets(session: OfficeSession, requests: SheetRequest[], alongside?: AlongsideLoads): Promise<Map<string, SheetBlock>> {
  let shrink = 1;
  let first: Awaited<ReturnType<typeof readFirst>>;
  for (;;) {
    try {
      first = await readFirst(session, requests, shrink, alongside);
      break;
    } catch (e) {
      const smallest = Math.min(...requests.map((r) => r.firstRows)) / shrink;
      if (!isResponseTooLarge(e) || smallest <= MIN_FIRST_ROWS) throw e;
      shrink *= 8;
    }
  }

  const blocks = new Map<string, SheetBlock>();
  const chunks: Chunk[] = [];
  for (const request of requests) {
    const used = first.used.get(request.name)!;
    const window = first.windows.get(request.name)!;
    const block: SheetBlock = {
      name: request.name,
      top: used.rowIndex,
      left: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
      values: [],
      formats: request.withFormats ? [] : null,
      formulas: request.withFormulas ? [] : null,
    };
    blocks.set(request.name, block);
    let next = block.top;
    let bytesPerRow = block.cols * GUESSED_BYTES_PER_CELL;
    if (!window.isNullObject) {
      block.values.push(...window.values);
      if (block.formats) block.formats.push(...window.numberFormat);
      if (block.formulas) block.formulas.push(...window.formulas);
      next = window.rowIndex + window.rowCount;
      const bytes = jsonBytes(window.values) + (block.formats ? jsonBytes(window.numberFormat) : 0) + (block.formulas ? jsonBytes(window.formulas) : 0);
      bytesPerRow = Math.max(1, bytes / window.rowCount);
    } else if (request.withFormulas) {
      bytesPerRow *= 2;
    }
    if (request.firstRowsOnly) continue;
    const end = block.top + block.rows;
    const rowsPerChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET / bytesPerRow));
    for (let top = next; top < end; top += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, end - top);
      chunks.push({ block, withFormats: request.withFormats, withFormulas: request.withFormulas ?? false, top, rows, estimate: rows * bytesPerRow });
    }
  }
  await readChunks(session, chunks);
  return blocks;
}

/** Reads the chunks, several to a request while their estimates fit; halves them when Excel says a response was too large. */
async function readChunks(session: OfficeSession, chunks: Chunk[]): Promise<void> {
  const pending = [...chunks];
  let retries = 0;
  while (pending.length > 0) {
    const [pack] = packBySize(pending, (c) => c.estimate, PAYLOAD_BUDGET);
    const { worksheets } = session.context.workbook;
    const loaded = pack.map((chunk) => {
      const { block } = chunk;
      const address = rangeAddress(chunk.top, block.left, chunk.top + chunk.rows - 1, block.left + block.cols - 1);
      return worksheets.getItem(block.name).getRange(address).load(loadList(chunk, false));
    });
    try {
      await session.sync();
    } catch (e) {
      if (!isResponseTooLarge(e) || retries++ >= MAX_RETRIES) throw e;
      const halved = pack.flatMap((c) => {
        if (c.rows === 1) return [{ ...c, estimate: c.estimate * 2 }];
        const upper = Math.ceil(c.rows / 2);
        const perRow = (c.estimate * 2) / c.rows;
        return [
          { ...c, rows: upper, estimate: upper * perRow },
          { ...c, top: c.top + upper, rows: c.rows - upper, estimate: (c.rows - upper) * perRow },
        ];
      });
      pending.splice(0, pack.length, ...halved);
      continue;
    }
    pack.forEach((chunk, i) => {
      chunk.block.values.push(...loaded[i].values);
      if (chunk.withFormats) chunk.block.formats!.push(...loaded[i].numberFormat);
      if (chunk.withFormulas) chunk.block.formulas!.push(...loaded[i].formulas);
    });
    pending.splice(0, pack.length);
  }
}
