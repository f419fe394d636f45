// The page's 检查工作簿: the file host's check on the chosen workbook's bytes, with the catalog chosen
// on the page, and what the page shows of it.
import type { CatalogOption, ChosenCatalog } from '../../core/catalog/choose';
import { CoreError } from '../../core/errors';
import { parseCatalogText } from '../../core/catalog/load';
import { catalogFit } from '../../core/catalog/fit';
import { builtInCatalogs, findBuiltInCatalog } from '../../catalogs';
import { checkFileBytes } from '../../hosts/file/jobs/check-file';
import { outputName } from '../../hosts/file/jobs/output-name';
import { isListed } from '../../taskpane/findings-view';
import type { CatalogRequest, CatalogShown, CheckResult, JobRequest, JobStep } from './protocol';
import { workbookOutput } from './output-file';

export function catalogOption(request: CatalogRequest): CatalogOption {
  switch (request.kind) {
    case 'auto':
    case 'none':
    case 'workbook':
      return { kind: request.kind };
    case 'builtin': {
      const catalog = findBuiltInCatalog(request.id);
      if (!catalog) throw new CoreError('unknown-catalog', { id: request.id });
      return { kind: 'given', catalog };
    }
    case 'file':
      return { kind: 'given', catalog: parseCatalogText(request.text, request.name) };
  }
}

export function catalogShown(chosen: ChosenCatalog): CatalogShown | null {
  if (!chosen.catalog) return null;
  const base = { id: chosen.catalog.id, title: chosen.catalog.title };
  if (chosen.how === 'workbook') return { ...base, how: 'workbook', sheet: chosen.sheet };
  if (chosen.how === 'suggested') return { ...base, how: 'suggested', matched: chosen.matched };
  return { ...base, how: 'given' };
}

export async function runCheck(request: Extract<JobRequest, { job: 'check' }>, onStep: (step: JobStep) => void | Promise<void>, now: Date): Promise<CheckResult> {
  const { file, lang } = request;
  const option = catalogOption(request.catalog);
  const checked = await checkFileBytes(file.bytes, file.name, {
    catalog: option,
    builtIns: builtInCatalogs,
    lang,
    fill: request.fill,
    summary: request.summary,
    region: request.region,
    now,
    onStep: (step) => onStep({ step }),
  });
  return {
    job: 'check',
    output: workbookOutput(outputName(file.name, 'checked'), checked.bytes),
    findings: checked.check.findings.filter(isListed),
    summary: checked.check.summary,
    catalog: catalogShown(checked.chosen),
    marked: checked.plan.marks.length,
    written: checked.plan.writes.length,
    summarySheet: checked.plan.summary?.name ?? null,
    hadMarks: checked.hadMarks,
    notesSkipped: checked.applied.notesSkipped,
    isReturn: checked.isReturn,
    fit: catalogFit(checked.check),
  };
}
