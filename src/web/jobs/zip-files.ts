// Several output files in one .zip (the merge's master and feedback files): fflate's zipSync, stored
// as they are (workbooks are zips already). fflate marks a non-ASCII name as UTF-8 (general purpose
// bit 11); the entries say they were made on Unix (with a file mode), because Debian's and Ubuntu's
// unzip read the names of a zip made on MS-DOS, fflate's default, in the DOS code page whatever bit
// 11 says. So 反馈-<部门>.xlsx reads back the same in Windows, macOS and unzip.
import { zipSync, type ZipOptions } from 'fflate';

/** Made by: Unix. */
const UNIX = 3;
/** A regular file, rw-r--r--, in the upper 16 bits of the external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;

export function zipFiles(files: { name: string; bytes: Uint8Array }[], date: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const { name, bytes } of files) entries[uniqueName(name, entries)] = [bytes, { level: 0, mtime: date, os: UNIX, attrs: FILE_MODE }];
  return zipSync(entries);
}

/** `name`, or `name (2)` … when a file of that name is in already (two departments whose names differ only in characters a file name cannot hold). */
function uniqueName(name: string, taken: Record<string, unknown>): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!(`${stem} (${n})${extension}` in taken)) return `${stem} (${n})${extension}`;
}
