// Reading return files chosen in the task pane, in the browser (nothing is uploaded anywhere), and
// planning their merge, with the file host's package reader (src/hosts/file/jobs), as the command
// line and the web page do. The pane loads this module only when files are chosen (a dynamic import()).
import type { CatalogOption } from '../core/catalog/choose';
import { isCoreError } from '../core/errors';
import { planMerge, type MergePlan } from '../core/returns/merge';
import { mergeCatalog, readReturnBytes, returnInputs, type ReadReturn } from '../hosts/file/jobs';
import type { GridRead, OfficeHost } from '../hosts/office';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
import { formatCheckedAt, type CatalogRequest, type JobSettings } from '../addin/jobs';

export type { ReadReturn };

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

function detailOf(error: unknown): string {
  if (isCoreError(error)) return error.message;
  return error instanceof Error ? error.message : String(error ?? '');
}

export async function readReturnFiles(files: File[], onProgress?: (done: number) => void): Promise<ReadReturns> {
  const bytes = [];
  for (const file of files) bytes.push({ name: file.name, bytes: new Uint8Array(await fileBytes(file)) });
  const read = await readReturnBytes(bytes, (done) => onProgress?.(done));
  return { returns: read.returns, skipped: read.skipped.map((s) => ({ file: s.file, reason: s.reason, detail: detailOf(s.error) })) };
}

function catalogOption(request: CatalogRequest): CatalogOption {
  if (request.kind !== 'builtin') return request;
  const catalog = findBuiltInCatalog(request.id);
  return catalog ? { kind: 'given', catalog } : { kind: 'none' };
}

/** Plans the merge against the workbook as it is now. */
export async function planReturnsMerge(host: OfficeHost, returns: ReadReturn[], settings: JobSettings, overwrite: boolean, now: Date): Promise<{ read: GridRead; plan: MergePlan }> {
  const read = await host.readGrid();
  const catalog = mergeCatalog(catalogOption(settings.catalog), read.grid, returns, builtInCatalogs);
  const inputs = await returnInputs(returns, catalog);
  return { read, plan: planMerge(read.grid, inputs, catalog, { overwrite, lang: settings.lang, now: formatCheckedAt(now) }) };
}

export { displayText } from '../core/returns/merge-values';
