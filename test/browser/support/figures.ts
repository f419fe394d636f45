// The figures the browser suite prints (and keeps in test-output/browser/figures.json), each with its aim.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS } from './browser';

export function figure(name: string, value: number, unit: string, aim: number): void {
  const within = value <= aim;
  console.log(`FIGURE ${name}: ${Math.round(value)} ${unit} (aim ≤ ${aim} ${unit}${within ? '' : ' — NOT MET'})`);
  const file = join(SCREENSHOTS, 'figures.json');
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = { value: Math.round(value), unit, aim, within };
  writeFileSync(file, JSON.stringify(all, null, 2));
}
