// What the web page asks the job worker for and what comes back: plain data only (structured-clonable),
// the findings and verdicts the page shows and the output file's bytes (transferred, not copied), never
// the workbook's grid.
import type { Finding, Lang, Summary } from '../../core/types';
import type { ReturnCounts, ReturnTier, ReturnVerdict } from '../../core/returns/check-return';
import type { ConflictChoices } from '../../core/returns/merge';
import type { TransferredError } from './transferred-error';
import type { CatalogFit } from '../../core/catalog/fit';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** The catalog chosen on the page: a built-in one by id, a JSON file by its text. */
export type CatalogRequest =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'workbook' }
  | { kind: 'builtin'; id: string }
  | { kind: 'file'; name: string; text: string };

export type JobRequest =
  | { job: 'check'; file: InputFile; catalog: CatalogRequest; region: string | null; fill: boolean; summary: boolean; lang: Lang }
  | { job: 'return'; file: InputFile; catalog: CatalogRequest; lang: Lang }
  | { job: 'merge-plan'; master: InputFile; returns: InputFile[]; catalog: CatalogRequest; lang: Lang }
  | { job: 'merge'; master: InputFile; returns: InputFile[]; catalog: CatalogRequest; choices: ConflictChoices; feedback: boolean; lang: Lang }
  | { job: 'clear'; file: InputFile; lang: Lang };

export type JobName = JobRequest['job'];

/** Where a job is; `done` of `count` files while reading several. */
export interface JobStep {
  step: 'reading' | 'checking' | 'writing';
  done?: number;
  count?: number;
}

/** A file for the user to download. */
export interface OutputFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface CatalogShown {
  id: string;
  title: string;
  /** given: chosen on the page; workbook: the workbook's own 指标库 sheet; suggested: the automatic choice. */
  how: 'given' | 'workbook' | 'suggested';
  /** The 指标库 sheet's name, for `workbook`. */
  sheet?: string;
  /** Indicators matched, for `suggested`. */
  matched?: number;
}

export interface CheckResult {
  job: 'check';
  output: OutputFile;
  /** The listed findings only (未达标, 未填报, 数据错误, 需核实): pass and n/a are in the counts. */
  findings: Finding[];
  summary: Summary;
  catalog: CatalogShown | null;
  /** Cells marked, department cells written (with fill), the summary sheet's name. */
  marked: number;
  written: number;
  summarySheet: string | null;
  /** The file carried the marks of an earlier check; they were replaced. */
  hadMarks: boolean;
  notesSkipped: number;
  /** The workbook is a departmental return (部门自查 is the check for it). */
  isReturn: boolean;
  /** How many indicator rows found their indicator in the catalog; null without a catalog. */
  fit: CatalogFit | null;
}

export interface ReturnItemShown {
  sheet: string;
  cell: string;
  tier: ReturnTier;
  message: string;
  /** For a hint: how to settle it (fix, or explain in 上报说明). */
  how: string | null;
}

export interface ReturnSheetResult {
  sheet: string;
  department: string;
  verdict: ReturnVerdict;
  counts: ReturnCounts;
  /** What to fix, in order: the blocking tier first, then the unexplained hints. */
  toFix: ReturnItemShown[];
}

export interface ReturnResult {
  job: 'return';
  output: OutputFile;
  sheets: ReturnSheetResult[];
  stamped: boolean;
}

export interface ConflictShown {
  /** conflictKey of the conflict: the key of its choice. */
  key: string;
  /** Sheet!A1 of the master's cell. */
  where: string;
  name: string;
  /** master: the master holds another value; returns: the returns disagree. */
  kind: 'master' | 'returns';
  master: string;
  offers: { department: string; value: string }[];
  /** A merged area or a formula: never written, the master's value stays. */
  locked: 'merged' | 'formula' | null;
  /** The department proposed, or KEEP_MASTER. */
  proposed: string;
}

export interface SkippedShown {
  file: string;
  reason: 'not-return' | 'unreadable';
  error: TransferredError | null;
}

export interface MergePreview {
  job: 'merge-plan';
  catalog: string | null;
  /** Departments whose returns would be merged. */
  departments: string[];
  writes: number;
  unchanged: number;
  missing: { department: string; indicators: number; blankFile: string | null }[];
  skipped: SkippedShown[];
  conflicts: ConflictShown[];
  /** Returns without a valid check stamp (not checked with 部门自查, or changed since), with why. */
  unchecked: { department: string; file: string; state: string }[];
  /** Values of the returns that have no place in the master. */
  unplaced: number;
}

export interface MergeResult {
  job: 'merge';
  /** The .zip with the merged master and the feedback files. */
  output: OutputFile;
  mergedName: string;
  written: number;
  /** Conflicts left with the master's value. */
  kept: number;
  feedback: string[];
  indicators: number;
}

export interface ClearResultShown {
  job: 'clear';
  /** Null: the file has no marks of the tool; nothing to download. */
  output: OutputFile | null;
  restored: number;
  skipped: number;
}

export type JobResult = CheckResult | ReturnResult | MergePreview | MergeResult | ClearResultShown;

/** Messages from the worker (or the page's own runner) to the page. */
export type JobMessage =
  | { kind: 'ready' }
  | { kind: 'step'; id: number; step: JobStep }
  | { kind: 'done'; id: number; result: JobResult }
  | { kind: 'failed'; id: number; error: TransferredError };

/** Messages from the page to the worker. */
export interface JobCall {
  id: number;
  request: JobRequest;
}

/** The worker script's runner when the page runs it itself: it fails with a TransferredError, as the worker's messages say. */
export type PageRunner = (request: JobRequest, onStep: (step: JobStep) => void | Promise<void>) => Promise<JobResult>;

/** The name on window under which the page finds the runner when it runs the jobs itself (no worker). */
export const PAGE_RUNNER = '__indicatorCheckJobs';

/** The id of the element that carries the worker's script in the page (webpack.config.js's WEB_WORKER_ELEMENT). */
export const WORKER_SCRIPT_ID = 'job-worker-source';
