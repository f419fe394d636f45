// Refusing, before anything is written, to work on protected sheets or a protected workbook.
import { CoreError } from '../../core/errors';
import type { WorkbookInfo } from './workbook-info';

/**
 * Throws CoreError('sheet-protected') when any of `sheets` is protected, and
 * CoreError('workbook-protected') when sheets must be added or deleted in a workbook whose
 * structure is protected.
 */
export function refuseProtected(info: WorkbookInfo, sheets: Iterable<string>, changesStructure: boolean): void {
  const wanted = new Set([...sheets].map((name) => name.toLowerCase()));
  const locked = info.sheets.filter((s) => s.protected && wanted.has(s.name.toLowerCase())).map((s) => s.name);
  if (locked.length > 0) throw new CoreError('sheet-protected', { sheet: locked.join('、') });
  if (changesStructure && info.workbookProtected) throw new CoreError('workbook-protected');
}
