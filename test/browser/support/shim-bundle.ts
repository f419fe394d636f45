// Bundles the Office.js shim (test/browser/shim) with the in-memory workbook for the browser, once per
// test process, with the esbuild that tsx brings.
import { build } from 'esbuild';
import { join } from 'node:path';

let bundled: Promise<string> | null = null;

export function shimBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(__dirname, '..', 'shim', 'office-shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}
