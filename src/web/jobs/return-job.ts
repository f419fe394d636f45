// The page's 部门自查: the return check on the chosen return's bytes (against the built-in catalog it
// was made from), and the verdict the page shows: 可以报送, or what to fix in order.
import { findBuiltInCatalog } from '../../catalogs';
import type { ReturnCheck } from '../../core/returns/check-return';
import { hintHow } from '../../core/returns/return-marks';
import type { Lang } from '../../core/types';
import { checkReturnBytes } from '../../hosts/file/jobs/return-check-file';
import { outputName } from '../../hosts/file/jobs/output-name';
import type { JobRequest, JobStep, ReturnResult, ReturnSheetResult } from './protocol';
import { workbookOutput } from './output-file';

export function returnSheetResult(check: ReturnCheck, lang: Lang): ReturnSheetResult {
  return {
    sheet: check.sheet,
    department: check.marker.department,
    verdict: check.verdict,
    counts: check.counts,
    // The check orders its items: blocking first, then hints, each in row and column order.
    toFix: check.items
      .filter((item) => item.blocks)
      .map((item) => ({ sheet: item.sheet, cell: item.cell, tier: item.tier, message: item.message, how: item.tier === 'hint' ? hintHow(item, lang) : null })),
  };
}

export async function runReturnCheck(request: Extract<JobRequest, { job: 'return' }>, onStep: (step: JobStep) => void | Promise<void>, now: Date): Promise<ReturnResult> {
  const { file, lang } = request;
  await onStep({ step: 'checking' });
  const checked = await checkReturnBytes(file.bytes, file.name, { catalog: null, findBuiltIn: findBuiltInCatalog, lang, now });
  return {
    job: 'return',
    output: workbookOutput(outputName(file.name, 'checked'), checked.bytes),
    sheets: checked.checks.map((check) => returnSheetResult(check, lang)),
    stamped: checked.stamped,
  };
}
