// Merging departmental returns into a copy of the master, on bytes: the returns read (files that are
// not returns or cannot be read set aside with why), the merge planned (to show its conflicts before
// anything is written), then written: the merged master with its provenance notes, consolidation
// sheet and summary sheet, checked again, and one feedback workbook per department that needs one.
import type { Catalog, Lang, WorkbookGrid } from '../../../core/types';
import { checkWorkbook, type WorkbookCheck } from '../../../core/check';
import { planEdits } from '../../../core/plan';
import { chooseCatalog, type CatalogOption } from '../../../core/catalog/choose';
import { STAMP_PROPERTY, decodeStamp, findReturnMarkers, type ReturnMarker } from '../../../core/returns/format';
import { stampStateOf } from '../../../core/returns/stamp';
import { departmentsWithFeedback, feedbackFor, feedbackSheet, planMerge, type ConflictChoices, type MergePlan, type ReturnInput } from '../../../core/returns/merge';
import { composeMarkNotes } from '../../../core/returns/merge-notes';
import { readPackageProperties } from '../package/custom-properties';
import { applyPlan } from '../apply';
import { applyMergePlan, cellNotes } from '../merge';
import { gridOfWorkbook, loadWorkbook, readWorkbookBytes, type ReadWorkbook } from '../open';
import { baseName, uniqueFileNames } from './output-name';
import { newWorkbookBytes } from './new-workbook';
import { shownTime } from '../../../core/shown-time';

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export interface ReadReturn {
  file: string;
  grid: WorkbookGrid;
  markers: ReturnMarker[];
  /** The check stamp's JSON from the custom document properties, if any. */
  stamp: string | null;
}

export interface SkippedFile {
  file: string;
  reason: 'not-return' | 'unreadable';
  /** The error, for 'unreadable'. */
  error?: unknown;
}

export interface ReadReturns {
  returns: ReadReturn[];
  skipped: SkippedFile[];
}

export async function readReturnBytes(files: FileBytes[], onProgress?: (done: number, file: string) => void): Promise<ReadReturns> {
  const read: ReadReturns = { returns: [], skipped: [] };
  for (const [index, { name, bytes }] of files.entries()) {
    onProgress?.(index, name);
    try {
      const workbook = await loadWorkbook(bytes, name);
      const grid = await gridOfWorkbook(workbook);
      const markers = findReturnMarkers(grid);
      if (markers.length === 0) {
        read.skipped.push({ file: name, reason: 'not-return' });
      } else {
        const properties = await readPackageProperties(workbook.pkg).catch(() => ({}) as Record<string, string>);
        read.returns.push({ file: name, grid, markers, stamp: properties[STAMP_PROPERTY] ?? null });
      }
    } catch (error) {
      read.skipped.push({ file: name, reason: 'unreadable', error });
    }
  }
  onProgress?.(files.length, '');
  return read;
}

/** The catalog option when given; else the built-in catalog the returns were made from; else the master's own choice. */
export function mergeCatalog(option: CatalogOption, masterGrid: WorkbookGrid, returns: ReadReturn[], builtIns: Catalog[]): Catalog | null {
  if (option.kind !== 'auto') return chooseCatalog(option, masterGrid, builtIns).catalog;
  const ids = new Set(returns.flatMap((r) => r.markers.map((m) => m.catalogId)));
  const fromReturns = ids.size === 1 ? builtIns.find((c) => c.id === [...ids][0]) : undefined;
  return fromReturns ?? chooseCatalog(option, masterGrid, builtIns).catalog;
}

/** One merge input per return sheet, with the state of its check stamp against `catalog`. */
export async function returnInputs(returns: ReadReturn[], catalog: Catalog | null): Promise<ReturnInput[]> {
  const inputs: ReturnInput[] = [];
  for (const r of returns) {
    const stamp = decodeStamp(r.stamp);
    for (const marker of r.markers) {
      const stampState = catalog ? await stampStateOf(stamp, r.grid, marker, catalog) : stamp ? 'outdated-catalog' : 'unchecked';
      // The provenance notes name the file, not where it was on this machine.
      inputs.push({ file: baseName(r.file), grid: r.grid, marker, stampState });
    }
  }
  return inputs;
}

export interface MergeFilesOptions {
  catalog: CatalogOption;
  builtIns: Catalog[];
  /** Replace master values that differ (and settle disagreeing returns by the lead department). */
  overwrite: boolean;
  /** The user's choice for single conflicts, over `overwrite`. */
  choices?: ConflictChoices;
  /** Also make the feedback workbooks. */
  feedback: boolean;
  lang: Lang;
  now: Date;
}

export interface PlannedMerge {
  catalog: Catalog | null;
  plan: MergePlan;
}

/** The merge as it would be, nothing written: to show what goes in and the conflicts. */
export async function planMergeBytes(master: FileBytes, returns: ReadReturn[], options: MergeFilesOptions): Promise<PlannedMerge> {
  const { grid } = await readWorkbookBytes(master.bytes, master.name);
  return planMergeOnGrid(grid, returns, options);
}

/** The merge planned on a master's grid (the file host's, or the pane's read of the open workbook). */
export async function planMergeOnGrid(grid: WorkbookGrid, returns: ReadReturn[], options: Omit<MergeFilesOptions, 'feedback'>): Promise<PlannedMerge> {
  const catalog = mergeCatalog(options.catalog, grid, returns, options.builtIns);
  const inputs = await returnInputs(returns, catalog);
  const plan = planMerge(grid, inputs, catalog, { overwrite: options.overwrite, choices: options.choices, lang: options.lang, now: shownTime(options.now) });
  return { catalog, plan };
}

export interface MergedFiles extends PlannedMerge {
  /** The merged master's bytes. */
  bytes: Uint8Array;
  /** The merged master checked again. */
  check: WorkbookCheck;
  /** Notes cut to Excel's 32,767 characters. */
  notesTrimmed: number;
  /** One per department with failing, empty, review or differing indicators (with `feedback`), each with its file name. */
  feedback: { department: string; name: string; bytes: Uint8Array }[];
}

export async function mergeFileBytes(master: FileBytes, returns: ReadReturn[], options: MergeFilesOptions): Promise<MergedFiles> {
  return mergeIntoWorkbook(master.name, await readWorkbookBytes(master.bytes, master.name), returns, options);
}

/** The merge into a master already read (the command line reads it first, to say at once when it is unusable). */
export async function mergeIntoWorkbook(masterName: string, master: ReadWorkbook, returns: ReadReturn[], options: MergeFilesOptions): Promise<MergedFiles> {
  const { lang, now } = options;
  const shownNow = shownTime(now);
  const { workbook, grid } = master;
  const { catalog, plan } = await planMergeOnGrid(grid, returns, options);
  const applied = await applyMergePlan(workbook, plan, { createdAt: now.toISOString() });

  const merged = await gridOfWorkbook(workbook);
  const check = checkWorkbook(merged, { catalog, lang, source: masterName });
  // A cell the check marks keeps its note (where a merged value came from, this merge's or an
  // earlier one's; the user's own), the verdict under it.
  const checked = planEdits(merged, check, { lang, summary: true, checkedAt: shownNow });
  const notes = await cellNotes(workbook, checked.marks);
  const edits = composeMarkNotes(checked, (s, r, c) => notes.get(`${s}|${r}|${c}`));
  await applyPlan(workbook, edits, merged, { createdAt: now.toISOString() });
  const bytes = await workbook.save();

  const feedback: MergedFiles['feedback'] = [];
  if (options.feedback) {
    const departments = departmentsWithFeedback(check, plan);
    const names = uniqueFileNames(departments.map(feedbackFileName));
    for (const [i, department] of departments.entries()) {
      const items = feedbackFor(department, check, plan, lang);
      feedback.push({ department, name: names[i], bytes: await newWorkbookBytes([feedbackSheet(department, items, lang, shownNow)], now) });
    }
  }
  return { catalog, plan, bytes, check, notesTrimmed: applied.trimmed, feedback };
}

/** A department's name as part of a file name: characters Windows refuses are replaced. */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').trim() || '_';
}

/** `反馈-<department>.xlsx`. */
export function feedbackFileName(department: string): string {
  return `反馈-${fileSafe(department)}.xlsx`;
}
