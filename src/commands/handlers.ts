// The ribbon's functions: 检查工作簿, 一键生成汇总表, 清除标记. Each runs the same job as the task pane,
// tells the user the outcome, and always ends with event.completed().
import type { Lang } from '../core/types';
import { isCoreError } from '../core/errors';
import type { OfficeHost } from '../hosts/office';
import { clearJob, DEFAULT_SETTINGS, runJob, type CatalogRequest, type Job } from '../addin/jobs';
import { describeClear, describeOutcome } from '../addin/outcome';
import { describeReturnOutcome, runCheckOrReturn } from '../addin/return-job';

export interface CommandDeps {
  host: OfficeHost;
  lang: () => Lang;
  catalog: () => CatalogRequest;
  /** The region or level whose targets apply, as the pane's settings keep it in the workbook (null: none). */
  region?: () => string | null;
  /** Shows the outcome to the user and resolves when it has been seen (or cannot be shown). */
  notify: (message: string, kind: 'ok' | 'error') => Promise<void>;
}

export type CommandName = 'checkWorkbook' | 'buildSummary' | 'clearMarks';

export interface CommandEvent {
  completed: () => void;
}

function failureText(error: unknown, lang: Lang): string {
  if (isCoreError(error)) return error.localized(lang);
  const detail = error instanceof Error ? error.message : String(error);
  return lang === 'en' ? `The operation failed: ${detail}. Please try again.` : `操作失败:${detail}。请重试。`;
}

async function perform(deps: CommandDeps, work: (lang: Lang) => Promise<string>): Promise<void> {
  const lang = deps.lang();
  let message: string;
  let kind: 'ok' | 'error' = 'ok';
  try {
    message = await work(lang);
  } catch (e) {
    message = failureText(e, lang);
    kind = 'error';
  }
  try {
    await deps.notify(message, kind);
  } catch {
    // The outcome could not be shown (no dialog support); the workbook itself shows what was done.
  }
}

function jobCommand(deps: CommandDeps, job: Job) {
  return (event: CommandEvent) =>
    perform(deps, async (lang) => {
      const settings = { ...DEFAULT_SETTINGS, lang, catalog: deps.catalog(), region: deps.region?.() ?? null };
      if (job === 'check') {
        // A departmental return is checked as a return: 可以报送, or what to fix.
        const result = await runCheckOrReturn(deps.host, settings);
        return result.kind === 'return' ? describeReturnOutcome(result.outcome, lang) : describeOutcome(result.outcome, lang);
      }
      return describeOutcome(await runJob(deps.host, job, settings), lang);
    }).finally(() => event.completed());
}

export function commandHandlers(deps: CommandDeps): Record<CommandName, (event: CommandEvent) => Promise<void>> {
  return {
    checkWorkbook: jobCommand(deps, 'check'),
    buildSummary: jobCommand(deps, 'summary'),
    clearMarks: (event) =>
      perform(deps, async (lang) => describeClear(await clearJob(deps.host), lang)).finally(() => event.completed()),
  };
}
