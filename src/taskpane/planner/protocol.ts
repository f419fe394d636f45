// The messages between the pane and its planning worker: the workbook's grid goes in, the chosen
// catalog or a planned job comes out; a failure comes back as the core's error code or a message.
import type { Lang, WorkbookGrid } from '../../core/types';
import type { Journal } from '../../core/journal';
import type { ChosenCatalog } from '../../core/catalog/choose';
import type { Job, JobSettings, PlannedJob } from '../../addin/jobs';
import { CoreError, isCoreError, type CoreErrorCode } from '../../core/errors';

export type PlanRequest =
  | { id: number; kind: 'choose'; grid: WorkbookGrid }
  | { id: number; kind: 'plan'; grid: WorkbookGrid; journal: Journal | null; job: Job; settings: JobSettings; now: number };

export type SentError = { core: true; code: CoreErrorCode; params: Record<string, string> } | { core: false; message: string };

export type PlanResponse =
  | { id: number; ok: true; chosen?: ChosenCatalog; planned?: PlannedJob }
  | { id: number; ok: false; error: SentError };

export function sendError(error: unknown): SentError {
  if (isCoreError(error)) return { core: true, code: error.code, params: error.params };
  return { core: false, message: error instanceof Error ? error.message : String(error) };
}

export function receivedError(error: SentError): Error {
  return error.core ? new CoreError(error.code, error.params) : new Error(error.message);
}

export type { Lang };
