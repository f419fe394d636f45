// Where the command line writes its files, and how it shows a path to the user.
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';

/**
 * `<out>/<name>.<suffix>.xlsx`; a second file of the same name in one batch gets `<name>-2.<suffix>.xlsx`.
 * A `.checked` already in the name is dropped for the other suffixes (`x.checked.xlsx` clears to `x.cleared.xlsx`).
 */
export function outputPath(outDir: string, file: string, taken: Set<string>, suffix = 'checked'): string {
  // A macro workbook stays one: its checked copy keeps the extension Excel needs to open it.
  const extension = extname(file).toLowerCase() === '.xlsm' ? 'xlsm' : 'xlsx';
  let name = basename(file, extname(file));
  if (suffix !== 'checked') name = name.replace(/\.checked$/, '') || name;
  for (let i = 1; ; i++) {
    const candidate = resolve(outDir, `${i === 1 ? name : `${name}-${i}`}.${suffix}.${extension}`);
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
