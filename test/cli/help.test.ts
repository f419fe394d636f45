// The command line's help: Chinese by default, English with --lang en, every subcommand listed, and
// "did you mean" for a misspelt command or option.
import { rm } from 'node:fs/promises';
import { runCli, tempDir } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('help', () => {
  it('is in Chinese by default and lists every subcommand, returns merge included', async () => {
    const top = await runCli(['--help'], dir);
    expect(top.code).toBe(0);
    const text = top.stdout.join('\n');
    expect(text).toContain('用法:');
    expect(text).toContain('命令:');
    for (const command of ['check', 'clear', 'catalogs', 'returns make', 'returns merge']) expect(text).toContain(command);
    expect(text).toContain('核查工作簿');
    expect(text).not.toContain('display help for command');
    const check = (await runCli(['check', '--help'], dir)).stdout.join('\n');
    expect(check).toContain('按指标库填写空白的');
    expect(check).toMatch(/默认:"checked"/);
    const merge = (await runCli(['returns', 'merge', '--help'], dir)).stdout.join('\n');
    expect(merge).toContain('把部门填报表合并进汇总表的副本');
  });

  it('is in English with --lang en', async () => {
    const text = (await runCli(['check', '--help', '--lang', 'en'], dir)).stdout.join('\n');
    expect(text).toContain('Usage:');
    expect(text).toMatch(/default:\s+"checked"/);
    expect(text).not.toContain('按指标库填写空白的');
    const top = (await runCli(['--help', '--lang', 'en'], dir)).stdout.join('\n');
    expect(top).toContain('returns merge');
  });

  it('suggests the command or option meant, in one line', async () => {
    const zh = await runCli(['chek', 'a.xlsx'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toEqual([expect.stringContaining('您是不是要输入 check?')]);
    const en = await runCli(['chek', 'a.xlsx', '--lang', 'en'], dir);
    expect(en.stderr).toEqual([expect.stringContaining('did you mean check?')]);
    const option = await runCli(['check', 'a.xlsx', '--fil'], dir);
    expect(option.stderr).toEqual([expect.stringContaining('--fill')]);
    const sub = await runCli(['returns', 'merj'], dir);
    expect(sub.stderr).toEqual([expect.stringContaining('merge')]);
  });
});
