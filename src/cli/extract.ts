// `extract <plan…> [--out <catalog.json>] [--id <id>] [--force]` (DESIGN §7): reads each plan's text
// and writes a catalog draft (`<plan>.catalog.json` beside the plan unless --out), then prints what it
// found, what to check, and the catalog lint's findings. Exit 0 when written, 2 for unusable input.
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Catalog, Lang } from '../core/types';
import { doubtText, extractCatalog, type ExtractResult, type PlanText } from '../core/extract/extract';
import { lintCatalog } from '../core/catalog/lint';
import { EXIT_OK, EXIT_UNUSABLE, processIO, type CliIO } from './io';
import { shownPath } from './output-path';
import { PlanReadError, readPlanText } from './extract-read';
import { sayExtract } from './extract-text';

export interface ExtractCommandOptions {
  out?: string;
  id?: string;
  force?: boolean;
  lang: Lang;
}

/** The folder relative paths are taken from: where the user ran `npm run` (INIT_CWD), else the process's. */
export function baseDirectory(io: CliIO): string {
  return io === processIO && process.env.INIT_CWD ? process.env.INIT_CWD : io.cwd;
}

/** `plan.docx` → `plan.catalog.json` beside it. */
export function defaultOutput(plan: string): string {
  return join(dirname(plan), `${basename(plan, extname(plan))}.catalog.json`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function printSummary(file: string, out: string, result: ExtractResult, lang: Lang, io: CliIO, ms: number): void {
  const { catalog, confidence } = result;
  const low = confidence.filter((c) => c.level === 'low');
  const medium = confidence.filter((c) => c.level === 'medium');
  io.stdout(
    `${sayExtract(lang, 'summary', {
      file, out, count: catalog.indicators.length, withLead: catalog.indicators.filter((i) => i.lead.length > 0).length,
      low: low.length, medium: medium.length,
    })}(${sayExtract(lang, 'timing', { ms })})`,
  );
  const doubtful = confidence.filter((c) => c.level !== 'high');
  if (doubtful.length > 0) io.stdout(sayExtract(lang, 'doubtTitle'));
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  for (const c of [...low, ...medium]) {
    const i = byId.get(c.id)!;
    io.stdout(sayExtract(lang, 'doubtLine', { id: c.id, level: sayExtract(lang, `level.${c.level}`), name: i.name, target: i.target, reasons: c.reasons.map((r) => doubtText(r, lang)).join(lang === 'en' ? '; ' : ';') }));
  }
  const findings = lintCatalog(catalog);
  io.stdout(sayExtract(lang, 'lintTitle'));
  if (findings.length === 0) io.stdout(sayExtract(lang, 'lintClean'));
  for (const f of findings) io.stdout(sayExtract(lang, 'lintLine', { indicator: f.indicatorId, kind: f.kind, message: f.message }));
}

async function readPlans(files: string[], base: string, lang: Lang, io: CliIO): Promise<PlanText[] | null> {
  const plans: PlanText[] = [];
  for (const file of files) {
    try {
      plans.push({ name: basename(file), text: await readPlanText(resolve(base, file)) });
    } catch (e) {
      if (e instanceof PlanReadError && e.kind === 'extension') io.stderr(sayExtract(lang, 'badExtension', { file, ext: e.detail }));
      else io.stderr(sayExtract(lang, 'unreadable', { file, reason: e instanceof Error ? e.message : String(e) }));
      return null;
    }
  }
  return plans;
}

async function writeDraft(catalog: Catalog, out: string, force: boolean, shown: string, lang: Lang, io: CliIO): Promise<boolean> {
  if (!force && (await exists(out))) {
    io.stderr(sayExtract(lang, 'exists', { out: shown }));
    return false;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(catalog, null, 2)}\n`, 'utf8');
  return true;
}

/** --out as given: a file, or a folder (existing, or written with a final slash) to put `<plan>.catalog.json` in. */
async function outputFile(base: string, out: string, firstPlan: string): Promise<string> {
  const path = resolve(base, out);
  const isFolder = /[\\/]$/.test(out) || (await stat(path).then((s) => s.isDirectory(), () => false));
  return isFolder ? join(path, basename(defaultOutput(firstPlan))) : path;
}

export async function runExtract(files: string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const base = baseDirectory(io);
  if (options.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(options.id)) {
    io.stderr(sayExtract(lang, 'badId'));
    return EXIT_UNUSABLE;
  }
  if (files.length > 1 && !options.out && options.id) {
    io.stderr(sayExtract(lang, 'idWithSeveral'));
    return EXIT_UNUSABLE;
  }
  const plans = await readPlans(files, base, lang, io);
  if (!plans) return EXIT_UNUSABLE;
  // With --out, all the plans make one catalog (a plan and its annex); without, one each.
  const jobs = options.out ? [{ label: files.join(', '), plans, out: await outputFile(base, options.out, files[0]) }] : plans.map((p, i) => ({ label: files[i], plans: [p], out: defaultOutput(resolve(base, files[i])) }));
  for (const job of jobs) {
    const started = Date.now();
    const result = extractCatalog(job.plans, options.id ? { id: options.id } : {});
    const ms = Date.now() - started;
    if (result.catalog.indicators.length === 0) {
      io.stderr(sayExtract(lang, 'noTargets', { file: job.label }));
      return EXIT_UNUSABLE;
    }
    const shown = shownPath(job.out, base);
    if (!(await writeDraft(result.catalog, job.out, !!options.force, shown, lang, io))) return EXIT_UNUSABLE;
    printSummary(job.label, shown, result, lang, io, ms);
  }
  return EXIT_OK;
}
