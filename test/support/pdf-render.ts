// Printing a workbook as LibreOffice does: `soffice --headless --convert-to pdf`, then each page's
// size and text with poppler's pdfinfo and pdftotext. Where either tool is missing, `renderTools`
// says which, so that a test can say so and skip.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

function found(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The tools a render needs that this machine does not have. */
export const missingRenderTools: string[] = [
  ...(found('soffice') ? [] : ['soffice (LibreOffice: apt-get install libreoffice-calc-nogui)']),
  ...(found('pdfinfo') && found('pdftotext') ? [] : ['pdfinfo/pdftotext (apt-get install poppler-utils)']),
];

export interface RenderedPage {
  /** In points. */
  width: number;
  height: number;
  text: string;
}

/** Renders every sheet of each file to one PDF per file in `outDir` (one LibreOffice run); their pages in order. */
export async function renderPdfs(files: string[], outDir: string): Promise<RenderedPage[][]> {
  // A profile of its own: a LibreOffice someone else runs on the machine does not take the job over.
  const profile = await mkdtemp(join(tmpdir(), 'soffice-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: 180_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return Promise.all(files.map((file) => pagesOf(join(outDir, `${basename(file, extname(file))}.pdf`), outDir)));
}

async function pagesOf(pdf: string, outDir: string): Promise<RenderedPage[]> {
  if (!(await readdir(outDir)).includes(basename(pdf))) throw new Error(`soffice wrote no ${pdf}`);
  const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const texts = text.split('\f');
  return sizes.map((size, i) => ({ ...size, text: texts[i] ?? '' }));
}
