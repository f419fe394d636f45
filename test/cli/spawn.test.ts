// A few runs of the real command line in its own process: exit codes, and no stack trace ever.
import { spawn, spawnSync } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { catalogFile, sampleWorkbook, tempDir } from './fixtures';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'index.ts');

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('the command line as a process', () => {
  it('exits 1 when a binding indicator fails, writing the checked workbook', async () => {
    await sampleWorkbook(join(dir, '自评表.xlsx'));
    await catalogFile(join(dir, 'cat.json'));
    const { code, stdout, stderr } = cli(['check', '自评表.xlsx', '--catalog', 'cat.json', '--out', 'out']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(join('out', '自评表.checked.xlsx'));
  });

  it('exits 2 with one line and no stack trace for a file that is not a workbook', async () => {
    await writeFile(join(dir, 'fake.xlsx'), 'not a workbook');
    const { code, stderr } = cli(['check', 'fake.xlsx']);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('fake.xlsx');
    expect(stderr).not.toMatch(/\bat |Error:/);
  });

  it('prints help with the default output directory and exits 0', () => {
    const { code, stdout } = cli(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--out <dir>');
    expect(stdout).toMatch(/默认:"checked"/);
    expect(cli(['check', '--help', '--lang', 'en']).stdout).toMatch(/default:\s+"checked"/);
  });

  it('goes on quietly when the reader of its output goes away (check a b c | head -1)', async () => {
    await catalogFile(join(dir, 'cat.json'));
    for (const name of ['p1', 'p2', 'p3']) await sampleWorkbook(join(dir, `${name}.xlsx`));
    const child = spawn(TSX, [CLI, 'check', 'p1.xlsx', 'p2.xlsx', 'p3.xlsx', '--catalog', 'cat.json', '--out', 'piped'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\bat |Error:/);
    expect(code).toBe(1);
    expect((await readdir(join(dir, 'piped'))).sort()).toEqual(['p1.checked.xlsx', 'p2.checked.xlsx', 'p3.checked.xlsx']);
  });

  it('runs as the package\'s bin (npx indicator-check), from any folder, with paths relative to it', async () => {
    const bin = require(join(ROOT, 'package.json')).bin['indicator-check'] as string;
    await catalogFile(join(dir, 'cat.json'));
    await sampleWorkbook(join(dir, 'bin-input.xlsx'));
    const result = spawnSync(process.execPath, [join(ROOT, bin), 'check', 'bin-input.xlsx', '--catalog', 'cat.json', '--out', 'from-bin'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(join('from-bin', 'bin-input.checked.xlsx'));
    const help = spawnSync(process.execPath, [join(ROOT, bin), '--help'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('returns merge');
  });
});
