// Office.js errors the user can do something about, turned into the core's localized errors.
import { CoreError } from '../../core/errors';

/** The `code` of an OfficeExtension.Error (or anything shaped like one), else null. */
export function officeErrorCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}

/** Excel refuses every request while a cell is being edited; the user only has to press Enter or Esc. */
export function translateOfficeError(error: unknown): unknown {
  if (officeErrorCode(error) === 'InvalidOperationInCellEditMode') return new CoreError('cell-editing');
  return error;
}
