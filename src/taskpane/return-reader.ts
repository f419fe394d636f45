// Reading return files chosen in the task pane, in the browser (nothing is uploaded anywhere), and
// planning their merge. This module pulls in exceljs, jszip and the merge planner, so the pane loads
// it only when files are chosen (a dynamic import()), keeping the pane's first load small.
import ExcelJS from 'exceljs';
import type { Catalog, WorkbookGrid } from '../core/types';
import { isCoreError } from '../core/errors';
import { chooseCatalog } from '../core/catalog/choose';
import { STAMP_PROPERTY, decodeStamp, findReturnMarkers, type ReturnMarker } from '../core/returns/format';
import { stampStateOf } from '../core/returns/stamp';
import { planMerge, type MergePlan, type ReturnInput } from '../core/returns/merge';
import { gridOf } from '../hosts/file/grid';
import { readCustomProperties } from '../hosts/file/custom-properties';
import type { GridRead, OfficeHost } from '../hosts/office';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
import { formatCheckedAt, type CatalogRequest, type JobSettings } from '../addin/jobs';

export interface ReadReturn {
  file: string;
  grid: WorkbookGrid;
  markers: ReturnMarker[];
  /** The check stamp's JSON from the custom document properties, if any. */
  stamp: string | null;
}

export interface ReadReturns {
  returns: ReadReturn[];
  /** Files that are not returns or cannot be read, with why. */
  skipped: { file: string; reason: 'not-return' | 'unreadable'; detail: string }[];
}

/** A File's bytes; FileReader where Blob.arrayBuffer is missing (older WebViews). */
function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export async function readReturnFiles(files: File[], onProgress?: (done: number) => void): Promise<ReadReturns> {
  const result: ReadReturns = { returns: [], skipped: [] };
  for (const [index, file] of files.entries()) {
    try {
      const bytes = new Uint8Array(await fileBytes(file));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      const grid = gridOf(workbook);
      const markers = findReturnMarkers(grid);
      if (markers.length === 0) {
        result.skipped.push({ file: file.name, reason: 'not-return', detail: '' });
      } else {
        const properties = await readCustomProperties(bytes, file.name).catch(() => ({}) as Record<string, string>);
        result.returns.push({ file: file.name, grid, markers, stamp: properties[STAMP_PROPERTY] ?? null });
      }
    } catch (e) {
      result.skipped.push({ file: file.name, reason: 'unreadable', detail: isCoreError(e) ? e.message : e instanceof Error ? e.message : String(e) });
    }
    onProgress?.(index + 1);
  }
  return result;
}

/** One merge input per return sheet, with the state of its check stamp against `catalog`. */
export async function returnInputs(returns: ReadReturn[], catalog: Catalog | null): Promise<ReturnInput[]> {
  const inputs: ReturnInput[] = [];
  for (const r of returns) {
    const stamp = decodeStamp(r.stamp);
    for (const marker of r.markers) {
      const stampState = catalog ? await stampStateOf(stamp, r.grid, marker, catalog) : stamp ? 'outdated-catalog' : 'unchecked';
      inputs.push({ file: r.file, grid: r.grid, marker, stampState });
    }
  }
  return inputs;
}

/** The catalog a merge uses: the pane's choice; with 自动, the built-in catalog the returns were made from, else the workbook's. */
export function mergeCatalog(request: CatalogRequest, grid: WorkbookGrid, returnCatalogIds: string[]): Catalog | null {
  switch (request.kind) {
    case 'none':
      return null;
    case 'given':
      return request.catalog;
    case 'builtin':
      return findBuiltInCatalog(request.id) ?? null;
    case 'auto': {
      const ids = new Set(returnCatalogIds);
      const fromReturns = ids.size === 1 ? findBuiltInCatalog([...ids][0]) : undefined;
      return fromReturns ?? chooseCatalog({ kind: 'auto' }, grid, builtInCatalogs).catalog;
    }
  }
}

/** Plans the merge against the workbook as it is now. */
export async function planReturnsMerge(host: OfficeHost, returns: ReadReturn[], settings: JobSettings, overwrite: boolean, now: Date): Promise<{ read: GridRead; plan: MergePlan }> {
  const read = await host.readGrid();
  const catalog = mergeCatalog(settings.catalog, read.grid, returns.flatMap((r) => r.markers.map((m) => m.catalogId)));
  const inputs = await returnInputs(returns, catalog);
  return { read, plan: planMerge(read.grid, inputs, catalog, { overwrite, lang: settings.lang, now: formatCheckedAt(now) }) };
}

export { displayText } from '../core/returns/merge-values';
