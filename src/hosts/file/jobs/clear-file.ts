// The clear job on workbook bytes: every cell the journal recorded put back, what the tool added
// removed; null when the workbook was never checked (nothing to write).
import { clearMarks, type ClearResult } from '../apply';
import { loadWorkbook } from '../open';

export interface ClearedFile {
  bytes: Uint8Array;
  result: ClearResult;
}

export async function clearFileBytes(input: Uint8Array, file: string): Promise<ClearedFile | null> {
  const workbook = await loadWorkbook(input, file);
  const result = await clearMarks(workbook);
  if (!result) return null;
  return { bytes: await workbook.save(), result };
}
