// Benchmark of `extract` (DESIGN §8: speed is measured here, not in tests): a 30,000-character plan
// made of the five seed plans end to end, read into a catalog draft; the first run and the fastest of five.
// Aim: under one second. Run with `npx tsx bench/extract.ts`. Prints figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractCatalog } from '../src/core/extract/extract';

const SEEDS = join(__dirname, '../test/fixtures/seeds');
const CHARS = 30_000;

function plan(): string {
  const all = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
  let text = all;
  while (text.length < CHARS) text += `\n${all}`;
  return text.slice(0, CHARS);
}

function millis(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const text = plan();
let count = 0;
const first = millis(() => (count = extractCatalog([{ name: 'bench.txt', text }]).catalog.indicators.length));
let best = Infinity;
for (let i = 0; i < 5; i++) best = Math.min(best, millis(() => extractCatalog([{ name: 'bench.txt', text }])));
console.log(`extract: ${text.length} characters, ${count} targets; first run ${first.toFixed(0)} ms, fastest of 5 ${best.toFixed(0)} ms (aim: under 1000 ms)`);
