// `returns …`: the departmental returns (部门填报表). `returns make` writes one return workbook per
// lead department of a catalog. Other subcommands join the same group through returnsGroup(program).
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type ExcelJS from 'exceljs';
import type { Lang } from '../core/types';
import { CoreError } from '../core/errors';
import { t } from '../core/messages';
import { MAX_YEAR, MIN_YEAR } from '../core/headers';
import { returnFileName, returnTemplates, type ReturnTemplate } from '../core/returns/template';
import { writeNewWorkbook } from '../hosts/file';
import { writingOutput } from './output-error';
import { returnTemplateWorkbook } from '../hosts/file/return-template';
import { resolveCatalogOption } from './catalog-option';
import { shownPath } from './output-path';
import { EXIT_OK, EXIT_UNUSABLE, errorLine, type CliIO } from './io';

export const RETURNS_COMMAND = 'returns';

/**
 * The `returns` command group, made on first use: call it to add a subcommand, e.g.
 * `returnsGroup(program).command('merge')…`. Every caller gets the same group, whatever the order.
 */
export function returnsGroup(program: Command): Command {
  const existing = program.commands.find((c) => c.name() === RETURNS_COMMAND);
  if (existing) return existing;
  return program
    .command(RETURNS_COMMAND)
    .description('departmental returns (部门填报表): make the templates the departments fill in');
}

export interface MakeReturnsOptions {
  catalog?: string;
  out?: string;
  year?: string;
  password?: string;
  lang: Lang;
}

function badInput(kind: string, params: Record<string, string> = {}): CoreError {
  return new CoreError('bad-input', { file: '', kind, ...params });
}

/** The reporting year: four digits within the years the table finder reads as years; this year by default. */
export function parseYear(text: string | undefined, now: Date = new Date()): number {
  if (text === undefined) return now.getFullYear();
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw badInput('template-bad-year', { year: text, min: String(MIN_YEAR), max: String(MAX_YEAR) });
  return year;
}

/** Makes the directory and makes sure files can be written there, before any workbook is made. */
async function writableDirectory(dir: string, label: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw badInput('template-out-unwritable', { file: label, reason: code });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

interface PlannedFile {
  template: ReturnTemplate;
  path: string;
}

/** `returns make`: one workbook per lead department; nothing is written when any file would be overwritten. */
export async function runMakeReturns(options: MakeReturnsOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  try {
    if (!options.catalog?.trim()) throw badInput('template-needs-catalog');
    if (!options.out?.trim()) throw badInput('template-needs-out');
    const year = parseYear(options.year);
    const option = await resolveCatalogOption(options.catalog, io.cwd);
    if (option.kind !== 'given') throw badInput('template-needs-catalog');
    const { catalog } = option;
    const templates = returnTemplates(catalog, { year, lang });
    if (templates.length === 0) throw badInput('template-no-lead', { catalog: catalog.id });

    const outDir = resolve(io.cwd, options.out);
    await writableDirectory(outDir, options.out);
    const planned: PlannedFile[] = templates.map((template) => ({ template, path: join(outDir, returnFileName(template.department, catalog.id)) }));
    for (const { path } of planned) {
      if (await exists(path)) throw badInput('template-file-exists', { file: shownPath(path, io.cwd) });
    }

    const workbooks: [PlannedFile, ExcelJS.Workbook][] = [];
    for (const file of planned) workbooks.push([file, await returnTemplateWorkbook(file.template, { password: options.password })]);
    for (const [{ template, path }, workbook] of workbooks) {
      await writingOutput(path, io.cwd, () => writeNewWorkbook(workbook, path));
      io.stdout(t(lang, 'template.cli.written', { department: template.department, count: template.indicators.length, file: shownPath(path, io.cwd) }));
    }
    const indicators = new Set(templates.flatMap((tpl) => tpl.indicators.map((i) => i.id))).size;
    io.stdout(t(lang, 'template.cli.total', { files: templates.length, indicators, year, catalog: catalog.id, dir: shownPath(outDir, io.cwd) || '.' }));
    return EXIT_OK;
  } catch (e) {
    io.stderr(errorLine(e, '', lang));
    return EXIT_UNUSABLE;
  }
}

/** Adds `returns make` to the program; `setExit` receives the exit code. */
export function addReturnsCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  returnsGroup(program)
    .command('make')
    .description('write one return workbook (<department>-<catalog>-填报表.xlsx) per lead department of the catalog')
    .option('--catalog <id|path.json>', 'built-in catalog id or a catalog JSON file (required)')
    .option('--out <dir>', 'directory for the return workbooks (required); existing files are never overwritten')
    .option('--year <YYYY>', 'reporting year: the value column; the column beside it is the year before (default: this year)')
    .option('--password <pw>', 'sheet protection password (default: protected without a password)')
    .addOption(new Option('--lang <lang>', 'language of messages and input prompts / 输出语言').choices(['zh-CN', 'en']).default('zh-CN'))
    .action(async (opts: MakeReturnsOptions) => {
      setExit(await runMakeReturns(opts, io));
    });
}
