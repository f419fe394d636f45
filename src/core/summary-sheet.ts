// Recognising the summary sheet this tool made, so that it is replaced (and never checked as data).
import type { SheetGrid } from './types';
import { t } from './messages';

const MARKERS = [t('zh-CN', 'summary.marker'), t('en', 'summary.marker')];

export function isOwnSummarySheet(sheet: SheetGrid): boolean {
  // The marker is the last line of the sheet; look from the bottom.
  for (let r = sheet.values.length - 1; r >= 0 && r >= sheet.values.length - 5; r--) {
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && MARKERS.includes(v)) return true;
  }
  return false;
}
