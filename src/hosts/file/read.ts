// Opening a workbook file from disk for the command line (what the bytes are is checked in ./open).
import { readFile } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { FileWorkbook } from './package/file-workbook';
import { useNativeDeflate } from './package/zip';
import { badInput, loadWorkbook, readWorkbookBytes, type ReadWorkbook } from './open';

export { loadWorkbook, gridOfWorkbook, readWorkbookBytes, type ReadWorkbook } from './open';

// In Node, the package's parts are deflated and inflated by zlib (several times fflate's speed).
useNativeDeflate({ deflateRaw: (data) => deflateRawSync(data, { level: 4 }), inflateRaw: (data) => inflateRawSync(data) });

/** A file's bytes; an unusable path is a CoreError('bad-input') that names it as `label`. */
export async function readFileBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(label, 'missing');
    if (code === 'EISDIR') throw badInput(label, 'not-workbook');
    throw badInput(label, 'unreadable', code ?? String(e));
  }
}

/** Opens a workbook file as it is; an unusable file is a CoreError('bad-input') that names it as `label`. */
export async function openWorkbook(path: string, label = path): Promise<FileWorkbook> {
  return loadWorkbook(await readFileBytes(path, label), label);
}

export async function readWorkbook(path: string, label = path): Promise<ReadWorkbook> {
  return readWorkbookBytes(await readFileBytes(path, label), label);
}
