// Where the command line writes its files, and how it shows a path to the user.
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';

/** File systems take names of up to 255 bytes. */
const MAX_NAME_BYTES = 255;
/**
 * Room left for what a writer adds to the name while it writes (a temporary `<name>.<pid>.tmp`):
 * an output name never takes the last bytes, so that its temporary name fits too.
 */
export const TEMPORARY_ROOM_BYTES = 24;

export interface OutputTarget {
  path: string;
  /** Another file of the batch had the same output name: this one got `-2`, `-3` …. */
  renamed: boolean;
  /** The input's name was too long for the output's: it was cut. */
  shortened: boolean;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `name` cut (whole characters) so that `name + tail` takes at most `max` bytes. */
function fitName(name: string, tail: string, max: number): string {
  let room = max - bytes(tail);
  let out = '';
  for (const ch of name) {
    room -= bytes(ch);
    if (room < 0) break;
    out += ch;
  }
  return out.trimEnd();
}

/** `name + tail`, the name cut so that its temporary name fits the file system too. */
export function fittedFileName(name: string, tail: string): string {
  return `${fitName(name, tail, MAX_NAME_BYTES - TEMPORARY_ROOM_BYTES)}${tail}`;
}

/**
 * `<out>/<name>.<suffix>.xlsx`; a second file of the same name in one batch (names compared without
 * case, as Windows and macOS do) gets `<name>-2.<suffix>.xlsx`. A `.checked` already in the name is
 * dropped for the other suffixes (`x.checked.xlsx` clears to `x.cleared.xlsx`). A name too long for
 * the file system is cut.
 */
export function outputTarget(outDir: string, file: string, taken: Set<string>, suffix = 'checked'): OutputTarget {
  // A macro workbook stays one: its checked copy keeps the extension Excel needs to open it.
  const extension = extname(file).toLowerCase() === '.xlsm' ? 'xlsm' : 'xlsx';
  let name = basename(file, extname(file));
  if (suffix !== 'checked') name = name.replace(/\.checked$/, '') || name;
  for (let i = 1; ; i++) {
    const tail = `${i === 1 ? '' : `-${i}`}.${suffix}.${extension}`;
    const fitted = fitName(name, tail, MAX_NAME_BYTES - TEMPORARY_ROOM_BYTES);
    const candidate = resolve(outDir, `${fitted}${tail}`);
    const key = candidate.toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return { path: candidate, renamed: i > 1, shortened: fitted !== name };
    }
  }
}

/** outputTarget's path. */
export function outputPath(outDir: string, file: string, taken: Set<string>, suffix = 'checked'): string {
  return outputTarget(outDir, file, taken, suffix).path;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
