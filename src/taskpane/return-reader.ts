// Reading return files chosen in the task pane, in the browser (nothing is uploaded anywhere), and
// planning their merge, with the file host's package reader (src/hosts/file/jobs), as the command
// line and the web page do. The pane loads this module only when files are chosen (a dynamic import()).
import type { CatalogOption } from '../core/catalog/choose';
import { isCoreError } from '../core/errors';
import type { MergePlan } from '../core/returns/merge';
import { planMergeOnGrid, readReturnBytes, type ReadReturn } from '../hosts/file/jobs';
import type { GridRead, OfficeHost } from '../hosts/office';
import { builtInCatalogs, findBuiltInCatalog } from '../catalogs';
import type { CatalogRequest, JobSettings } from '../addin/jobs';

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
  const unreadable: ReadReturns['skipped'] = [];
  // A file moved or locked since it was chosen is set aside with why; the others are read.
  for (const file of files) {
    try {
      bytes.push({ name: file.name, bytes: new Uint8Array(await fileBytes(file)) });
    } catch (error) {
      unreadable.push({ file: file.name, reason: 'unreadable', detail: detailOf(error) });
    }
  }
  const read = await readReturnBytes(bytes, (done) => onProgress?.(done));
  return { returns: read.returns, skipped: [...unreadable, ...read.skipped.map((s) => ({ file: s.file, reason: s.reason, detail: detailOf(s.error) }))] };
}

function catalogOption(request: CatalogRequest): CatalogOption {
  if (request.kind !== 'builtin') return request;
  const catalog = findBuiltInCatalog(request.id);
  return catalog ? { kind: 'given', catalog } : { kind: 'none' };
}

/** Plans the merge against the workbook as it is now. */
export async function planReturnsMerge(host: OfficeHost, returns: ReadReturn[], settings: JobSettings, overwrite: boolean, now: Date): Promise<{ read: GridRead; plan: MergePlan }> {
  const read = await host.readGrid();
  const { plan } = await planMergeOnGrid(read.grid, returns, { catalog: catalogOption(settings.catalog), builtIns: builtInCatalogs, overwrite, lang: settings.lang, now });
  return { read, plan };
}

export { displayText } from '../core/returns/merge-values';
