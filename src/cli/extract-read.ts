// Reading a plan for `extract`: .txt (UTF-8, or GB18030 when the bytes are not UTF-8), .docx (its
// text through mammoth's HTML, tables kept) and .html/.htm (a saved web page: its declared charset, then its text).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { declaredCharset, htmlToText } from '../core/extract/html-text';

export const PLAN_EXTENSIONS = ['.txt', '.text', '.docx', '.html', '.htm'];

export class PlanReadError extends Error {
  constructor(readonly kind: 'extension' | 'unreadable', readonly detail: string) {
    super(detail);
  }
}

/** UTF-8 (with or without a byte-order mark) when the bytes are UTF-8; GB18030 (GBK, GB2312) otherwise. */
export function decodeText(bytes: Uint8Array, declared: string | null = null): string {
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Through HTML, so that a table (an annex 指标分解表) keeps its rows and cells. */
async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToText(result.value);
}

/** The text of a plan file; a PlanReadError when the kind of file is not one extract reads or it cannot be read. */
export async function readPlanText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (!PLAN_EXTENSIONS.includes(ext)) throw new PlanReadError('extension', ext || '(none)');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new PlanReadError('unreadable', e instanceof Error ? e.message : String(e));
  }
  try {
    if (ext === '.docx') return await docxText(bytes);
    if (ext === '.html' || ext === '.htm') {
      const head = bytes.subarray(0, 4096).toString('latin1');
      return htmlToText(decodeText(bytes, declaredCharset(head)));
    }
    return decodeText(bytes);
  } catch (e) {
    if (e instanceof PlanReadError) throw e;
    throw new PlanReadError('unreadable', e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}
