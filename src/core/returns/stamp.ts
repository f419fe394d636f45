// The check stamp's hash: what a department entered in its return (values, previous-year values,
// notes and the 填报单位 / 填报人 / 联系电话 / 填报日期 fields), so that the creation office can tell a
// return left unchanged since its check from one edited afterwards.
import { CoreError } from '../errors';
import type { Catalog, RawValue, SheetGrid, WorkbookGrid } from '../types';
import { RETURN_LAYOUT, type ReturnMarker, type ReturnStamp, type StampState } from './format';

function valueAt(sheet: SheetGrid | undefined, row: number, col: number): RawValue {
  return sheet?.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

/** Blank text and an empty cell are the same entry. */
function canonical(value: RawValue): RawValue {
  if (typeof value === 'string' && value.trim() === '') return null;
  return typeof value === 'string' ? value.trim() : value;
}

/** The entered cells in a fixed order, as JSON text. */
export function returnValueText(grid: WorkbookGrid, marker: ReturnMarker): string {
  const sheet = grid.sheets.find((s) => s.name === marker.sheet);
  const { columns, fields, fieldRow } = RETURN_LAYOUT;
  const entered = marker.indicators.map(({ id, row }) => [
    id,
    canonical(valueAt(sheet, row, columns.value)),
    canonical(valueAt(sheet, row, columns.previous)),
    canonical(valueAt(sheet, row, columns.note)),
  ]);
  const fieldValues = Object.values(fields).map((f) => canonical(valueAt(sheet, fieldRow, f.input)));
  return JSON.stringify([fieldValues, entered]);
}

/** SHA-256 (hex) of returnValueText, with the platform's Web Crypto (browsers and Node alike). */
export async function returnValueHash(grid: WorkbookGrid, marker: ReturnMarker): Promise<string> {
  const bytes = new TextEncoder().encode(returnValueText(grid, marker));
  // Browsers give Web Crypto only to secure pages: file:// and https:// have it, a page served over plain http not.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new CoreError('bad-input', { file: '', kind: 'no-web-crypto' });
  const digest = await subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * valid: checked with this catalog (id and version) and unchanged since; changed: edited after its
 * check; outdated-catalog: checked against another catalog or version; unchecked: no stamp.
 */
export async function stampStateOf(stamp: ReturnStamp | null, grid: WorkbookGrid, marker: ReturnMarker, catalog: Catalog): Promise<StampState> {
  if (!stamp) return 'unchecked';
  if (stamp.catalogId !== catalog.id || stamp.catalogVersion !== (catalog.version ?? null)) return 'outdated-catalog';
  return stamp.valueHash === (await returnValueHash(grid, marker)) ? 'valid' : 'changed';
}
