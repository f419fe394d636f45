// The page's 合并填报表: the returns read and the merge planned (what would go in, each conflict with
// the choice proposed), then, with the user's choices, the merged master and the feedback files in one .zip.
import { builtInCatalogs } from '../../catalogs';
import { cellAddress } from '../../core/address';
import { conflictKey, departmentOffer, stampStateText, type MergeConflict } from '../../core/returns/merge';
import { displayText } from '../../core/returns/merge-values';
import { defaultConflictChoice } from '../../core/returns/conflict-defaults';
import { mergeFileBytes, planMergeBytes, readReturnBytes } from '../../hosts/file/jobs/merge-files';
import { outputName } from '../../hosts/file/jobs/output-name';
import type { ConflictShown, JobRequest, JobStep, MergePreview, MergeResult } from './protocol';
import { transferError } from './transferred-error';
import { ZIP, withExtension } from './output-file';
import { zipFiles } from './zip-files';
import { catalogOption } from './check-job';

type Step = (step: JobStep) => void | Promise<void>;

async function readReturns(files: { name: string; bytes: Uint8Array }[], onStep: Step) {
  await onStep({ step: 'reading', done: 0, count: files.length });
  let last = 0;
  return readReturnBytes(files, (done) => {
    // Synchronous callback: the page shows it once the job yields.
    if (done !== last) void onStep({ step: 'reading', done, count: files.length });
    last = done;
  });
}

export function conflictShown(conflict: MergeConflict): ConflictShown {
  return {
    key: conflictKey(conflict),
    where: `${conflict.sheet}!${cellAddress(conflict.row, conflict.col)}`,
    name: conflict.name,
    kind: conflict.kind,
    master: displayText(conflict.master),
    // One offer per department: the one the merge takes when that department is chosen (its latest return's).
    offers: [...new Set(conflict.offers.map((o) => o.department))].map((department) => ({ department, value: displayText(departmentOffer(conflict.offers, department)!.value) })),
    locked: conflict.locked ?? null,
    proposed: defaultConflictChoice(conflict),
  };
}

export async function runMergePlan(request: Extract<JobRequest, { job: 'merge-plan' }>, onStep: Step, now: Date): Promise<MergePreview> {
  const { master, lang } = request;
  const read = await readReturns(request.returns, onStep);
  await onStep({ step: 'checking' });
  const skipped = read.skipped.map((s) => ({ file: s.file, reason: s.reason, error: s.reason === 'unreadable' ? transferError(s.error) : null }));
  if (read.returns.length === 0) {
    return { job: 'merge-plan', catalog: null, departments: [], writes: 0, unchanged: 0, missing: [], skipped, conflicts: [], unchecked: [], unplaced: 0 };
  }
  // Planned without overwriting: every conflict is listed, the page proposes a choice for each.
  const { catalog, plan } = await planMergeBytes(master, read.returns, { catalog: catalogOption(request.catalog), builtIns: builtInCatalogs, overwrite: false, feedback: false, lang, now });
  return {
    job: 'merge-plan',
    catalog: catalog?.title ?? null,
    departments: [...new Set(plan.returned.map((r) => r.department))],
    writes: plan.writes.length,
    unchanged: plan.unchanged,
    missing: plan.missing.map((m) => ({ department: m.department, indicators: m.indicators, blankFile: m.blank?.file ?? null })),
    skipped,
    conflicts: plan.conflicts.map(conflictShown),
    unchecked: plan.returned.filter((r) => r.stampState !== 'valid').map((r) => ({ department: r.department, file: r.file, state: stampStateText(r.stampState, lang) })),
    unplaced: plan.unplaced.length,
  };
}

export async function runMerge(request: Extract<JobRequest, { job: 'merge' }>, onStep: Step, now: Date): Promise<MergeResult> {
  const { master, lang } = request;
  const read = await readReturns(request.returns, onStep);
  await onStep({ step: 'writing' });
  const merged = await mergeFileBytes(master, read.returns, {
    catalog: catalogOption(request.catalog),
    builtIns: builtInCatalogs,
    overwrite: false,
    choices: request.choices,
    feedback: request.feedback,
    lang,
    now,
  });
  const mergedName = outputName(master.name, 'merged');
  const files = [{ name: mergedName, bytes: merged.bytes }, ...merged.feedback.map((f) => ({ name: f.name, bytes: f.bytes }))];
  const kept = merged.plan.conflicts.filter((c) => c.chosen === null).length;
  return {
    job: 'merge',
    output: { name: withExtension(mergedName, 'zip'), mime: ZIP, bytes: zipFiles(files, now) },
    mergedName,
    written: merged.plan.writes.length,
    kept,
    feedback: merged.feedback.map((f) => f.department),
    indicators: merged.check.summary.total,
  };
}
