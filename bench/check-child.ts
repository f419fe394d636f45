// One `check --fill` in a process of its own, so that its peak memory is its own: prints
// {"seconds":…,"peakMB":…,"exitCode":…}. Arguments: <input> <out dir> [catalog id].
import { main } from '../src/cli/index';

async function run(): Promise<void> {
  const [input, out, catalog] = process.argv.slice(2);
  const silent = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd() };
  const start = process.hrtime.bigint();
  const exitCode = await main(['check', input, '--fill', '--out', out, ...(catalog ? ['--catalog', catalog] : [])], silent);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, exitCode }));
}

void run();
