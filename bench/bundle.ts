// The task pane's first load: the production build's JavaScript that taskpane.html loads, gzipped; and
// the offline web page, one file, gzipped.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const AIM_KB = 300;
const WEB_PAGE_AIM_KB = 600;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_PAGE } = require('../webpack.config.js') as { WEB_PAGE: string };

export async function taskPaneSize(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'indicatorcheck-bundle-'));
  try {
    const build = spawnSync(process.execPath, [require.resolve('webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out], {
      encoding: 'utf8',
      env: { ...process.env, ADDIN_PUBLIC_URL: 'https://addin.example.org/', OFFICE_JS_LOCAL: '' },
    });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    const html = await readFile(join(out, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    let raw = 0;
    let gzipped = 0;
    const parts: string[] = [];
    for (const src of scripts) {
      const code = await readFile(join(out, src));
      const size = gzipSync(code, { level: 9 }).length;
      raw += code.length;
      gzipped += size;
      parts.push(`${src} ${Math.round(size / 1024)} KB`);
    }
    console.log(`task pane first load: ${(gzipped / 1024).toFixed(1)} KB gzipped (${Math.round(raw / 1024)} KB raw; aim < ${AIM_KB} KB): ${parts.join(', ')}`);
    const page = await readFile(join(out, 'web', WEB_PAGE));
    console.log(`offline web page web/${WEB_PAGE}: ${(gzipSync(page, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (${Math.round(page.length / 1024)} KB raw; aim ≤ ${WEB_PAGE_AIM_KB} KB)`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
