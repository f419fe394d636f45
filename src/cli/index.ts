// The command line (DESIGN §7): check, clear, catalogs. Exit 0 when no finding is an error, 1 when
// one is, 2 for unusable input or bad arguments, always with one line that says what to do.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../core/types';
import { runCatalogs } from './catalogs';
import { runCheck } from './check';
import { runReturnCheck } from './check-return';
import { runClear } from './clear';
import { runExtract } from './extract';
import { addReturnsCommand, returnsGroup } from './returns';
import { addMergeCommand } from './returns-merge';
import { EXIT_OK, EXIT_UNUSABLE, errorLine, processIO, type CliIO } from './io';
import { say } from './text';
import { helpFooter, localizeHelp } from './help-text';
import { commanderReason } from './commander-errors';

export const DEFAULT_OUT_DIR = 'checked';

/** --change-factor: a number above 1. */
function changeFactor(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 1) throw new InvalidArgumentError('--change-factor needs a number above 1 (e.g. 3)');
  return n;
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages and the summary sheet / 输出语言')
    .choices(['zh-CN', 'en'])
    .default('zh-CN');
}

/** The language asked for, read before parsing, so that even argument errors use it. */
function requestedLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh-CN';
}

function buildProgram(io: CliIO, setExit: (code: number) => void, lang: Lang): Command {
  const program = new Command('indicator-check')
    .description('IndicatorCheck 指标核查助手: checks indicator workbooks of ecological-civilization demonstration applications')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text.trimEnd()),
      writeErr: (text) => io.stderr(text.trimEnd()),
      outputError: () => undefined, // reported as one line by main
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', helpFooter(lang));

  program
    .command('check')
    .description('check workbooks; writes <out>/<name>.checked.xlsx with marks, notes and the summary sheet (Indicator Summary with --lang en); the inputs are never modified')
    .argument('<files...>', 'workbooks (.xlsx) to check; they are never modified')
    .option('--catalog <id|path.json>', 'built-in catalog id, a catalog JSON file, or "none"; default: the workbook\'s 指标库 sheet, else the built-in catalog whose indicator names match best')
    .option('--out <dir>', 'directory for the checked workbooks', DEFAULT_OUT_DIR)
    .option('--report <file.json>', 'also write the findings as JSON')
    .option('--fill', 'fill empty 牵头单位 / 配合单位 / 达标情况 cells from the catalog and the check', false)
    .option('--return', 'check departmental returns (部门填报表) made by "returns make" before sending them: prints 可以报送 or what to fix, and stamps a ready return', false)
    .option('--change-factor <n>', 'with --return: a value more than n times, or less than 1/n of, last year\'s must be fixed or explained', changeFactor, 3)
    .option('--region <name>', 'the region or level whose target applies where a target differs by region (市, 县, 山区, 大城市 …)')
    .addOption(langOption())
    .action(async (files: string[], opts: { catalog?: string; out: string; report?: string; fill: boolean; return: boolean; changeFactor: number; region?: string; lang: Lang }) => {
      setExit(opts.return ? await runReturnCheck(files, opts, io) : await runCheck(files, opts, io));
    });

  program
    .command('clear')
    .description('remove the marks, notes, filled cells and summary sheet of a checked workbook; writes <out>/<name>.cleared.xlsx')
    .argument('<file>', 'a workbook written by check')
    .option('--out <dir>', 'directory for the cleared workbook', DEFAULT_OUT_DIR)
    .addOption(langOption())
    .action(async (file: string, opts: { out: string; lang: Lang }) => {
      setExit(await runClear(file, opts, io));
    });

  program
    .command('catalogs')
    .description('list the built-in catalogs (and catalog JSON files given); --lint shows doubts and exits 1 if there are any')
    .argument('[files...]', 'catalog JSON files to list and lint as well')
    .option('--lint', 'check each catalog for doubtful directions, duplicates and units', false)
    .addOption(langOption())
    .action(async (files: string[], opts: { lint: boolean; lang: Lang }) => {
      setExit(await runCatalogs(files, opts, io));
    });

  program
    .command('extract')
    .description('draft a catalog from a plan\'s text (.txt, .docx, .html); writes <plan>.catalog.json beside the plan, or --out')
    .argument('<plans...>', 'the plan (several with --out make one catalog)')
    .option('--out <catalog.json>', 'the catalog file to write, or a folder for <plan>.catalog.json')
    .option('--id <id>', 'the catalog\'s id (lower-case letters, digits, hyphens); default: from the file name')
    .option('--force', 'overwrite an existing catalog file', false)
    .addOption(langOption())
    .action(async (plans: string[], opts: { out?: string; id?: string; force: boolean; lang: Lang }) => {
      setExit(await runExtract(plans, opts, io));
    });

  addReturnsCommand(program, io, setExit);
  addMergeCommand(returnsGroup(program), io, setExit);
  returnsGroup(program).description('departmental returns (部门填报表): "returns make" writes the templates the departments fill in; "returns merge" merges the returns into the master');

  localizeHelp(program, lang);
  return program;
}

function commanderExit(error: CommanderError, lang: Lang, io: CliIO): number {
  const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
  if (!quiet.includes(error.code)) io.stderr(say(lang, 'badArguments', { reason: commanderReason(error.message, lang) }));
  return EXIT_UNUSABLE;
}

/** Runs the command line on `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code = EXIT_OK;
  const lang = requestedLang(argv);
  try {
    await buildProgram(io, (c) => (code = c), lang).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return commanderExit(e, lang, io);
    io.stderr(errorLine(e, '', lang));
    return EXIT_UNUSABLE;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
