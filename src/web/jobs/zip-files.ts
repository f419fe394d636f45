// Several output files in one .zip (the merge's master and feedback files): fflate's zipSync, stored
// as they are (workbooks are zips already). fflate marks a non-ASCII name as UTF-8 (general purpose
// bit 11); the entries say they were made on Unix (with a file mode), because Debian's and Ubuntu's
// unzip read the names of a zip made on MS-DOS, fflate's default, in the DOS code page whatever bit
// 11 says. So 反馈-<部门>.xlsx reads back the same in Windows, macOS and unzip.
import { zipSync, type ZipOptions } from 'fflate';
import { uniqueFileNames } from '../../hosts/file/jobs/output-name';

/** Made by: Unix. */
const UNIX = 3;
/** A regular file, rw-r--r--, in the upper 16 bits of the external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;

/** The files in one zip; names that would be the same file when unzipped (without regard to case) get ` (2)` …. */
export function zipFiles(files: { name: string; bytes: Uint8Array }[], date: Date): Uint8Array {
  const names = uniqueFileNames(files.map((f) => f.name));
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  files.forEach(({ bytes }, i) => {
    entries[names[i]] = [bytes, { level: 0, mtime: date, os: UNIX, attrs: FILE_MODE }];
  });
  return zipSync(entries);
}
