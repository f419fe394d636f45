// `extract`: reading .txt (UTF-8 and GB18030), .docx and .html plans, where the draft is written,
// what is printed, refusals, and a check of a workbook against the draft it wrote.
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseCatalogText } from '../../src/core/catalog/load';
import { runCli, sampleWorkbook, tempDir } from './fixtures';

let dir: string;
const SEEDS = join(__dirname, '../fixtures/seeds');

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(SEEDS, '003_1ebf203d13308b2c.txt'), join(dir, '保山方案.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PLAN = [
  '某县生态文明建设示范县创建实施方案',
  '一、建设指标',
  '1.城镇污水处理率≥90%(约束性指标)。(责任单位:县住建局;配合单位:县环保局)',
  '2.单位GDP能耗≤0.5吨标煤/万元(约束性指标)。(责任单位:县发改局)',
];

async function docx(path: string, paragraphs: string[], table: string[][] = []): Promise<void> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const para = (p: string) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
  const rows = table.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('');
  const body = paragraphs.map(para).join('') + (rows ? `<w:tbl>${rows}</w:tbl>` : '');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('extract', () => {
  test('writes <plan>.catalog.json beside a .txt plan and prints the summary and the lint', async () => {
    const run = await runCli(['extract', '保山方案.txt'], dir);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const catalog = parseCatalogText(await readFile(join(dir, '保山方案.catalog.json'), 'utf8'), 'draft');
    // 19 numeric targets and 5 requirements without a number (达到功能区标准, 不降低 …).
    expect(catalog.indicators.length).toBe(24);
    const out = run.stdout.join('\n');
    expect(out).toMatch(/保山方案\.txt:找到24项目标,其中24项有牵头单位;置信度低0项、中6项 → 保山方案\.catalog\.json/);
    expect(out).toMatch(/\[中\] 城区声环境质量 达到功能区标准:没有数值的要求/);
    expect(out).toContain('指标库检查');
    expect(out).toMatch(/\[missing-unit\]/);
  });

  test('does not overwrite a draft unless --force', async () => {
    const before = await readFile(join(dir, '保山方案.catalog.json'), 'utf8');
    await writeFile(join(dir, '保山方案.catalog.json'), '{"corrected": true}');
    const refused = await runCli(['extract', '保山方案.txt'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.join('\n')).toContain('已存在,未覆盖');
    expect(await readFile(join(dir, '保山方案.catalog.json'), 'utf8')).toBe('{"corrected": true}');
    const forced = await runCli(['extract', '保山方案.txt', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, '保山方案.catalog.json'), 'utf8')).toBe(before);
  });

  test('reads a GB18030 text file', async () => {
    const gbk = Buffer.from([0x31, 0x2e, 0xc9, 0xad, 0xc1, 0xd6, 0xb8, 0xb2, 0xb8, 0xc7, 0xc2, 0xca, 0xa1, 0xdd, 0x36, 0x30, 0x25, 0xa1, 0xa3]); // 1.森林覆盖率≥60%。
    await writeFile(join(dir, 'gbk.txt'), gbk);
    const run = await runCli(['extract', 'gbk.txt', '--out', 'gbk.json', '--id', 'gbk-plan'], dir);
    expect(run.code).toBe(0);
    const catalog = parseCatalogText(await readFile(join(dir, 'gbk.json'), 'utf8'), 'draft');
    expect(catalog.id).toBe('gbk-plan');
    expect(catalog.indicators.map((i) => [i.id, i.name, i.target])).toEqual([['gbk-plan-01', '森林覆盖率', '≥60%']]);
  });

  test('reads a .docx plan', async () => {
    await docx(join(dir, '方案.docx'), PLAN);
    const run = await runCli(['extract', '方案.docx'], dir);
    expect(run.stderr).toEqual([]);
    const catalog = parseCatalogText(await readFile(join(dir, '方案.catalog.json'), 'utf8'), 'draft');
    expect(catalog.title).toBe('某县生态文明建设示范县创建实施方案');
    expect(catalog.indicators.map((i) => [i.name, i.target, i.lead, i.coop, i.property])).toEqual([
      ['城镇污水处理率', '≥90%', ['县住建局'], ['县环保局'], '约束性'],
      ['单位GDP能耗', '≤0.5吨标煤/万元', ['县发改局'], [], '约束性'],
    ]);
  });

  test('reads the table of indicators in a .docx', async () => {
    await docx(join(dir, '分解表.docx'), ['附件:指标分解表'], [
      ['序号', '指标名称', '目标值', '牵头单位', '配合单位'],
      ['1', '森林覆盖率', '≥60%', '县林业局', '县统计局'],
      ['2', '城镇污水处理率', '≥95%', '县住建局、县水利局', ''],
    ]);
    expect((await runCli(['extract', '分解表.docx'], dir)).code).toBe(0);
    const catalog = parseCatalogText(await readFile(join(dir, '分解表.catalog.json'), 'utf8'), 'draft');
    expect(catalog.indicators.map((i) => [i.name, i.target, i.lead, i.coop])).toEqual([
      ['森林覆盖率', '≥60%', ['县林业局'], ['县统计局']],
      ['城镇污水处理率', '≥95%', ['县住建局', '县水利局'], []],
    ]);
  });

  test('reads a saved web page without scripts, tags or entities', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>var x = "优良天数比例≥10%";</script></head><body><div class="nav">首页 &gt; 政策</div>${PLAN.map((p) => `<p>${p.replace('≥', '&ge;').replace('≤', '&#8804;')}</p>`).join('\n')}<table><tr><td>注</td><td>无</td></tr></table></body></html>`;
    await writeFile(join(dir, '方案.html'), html);
    const run = await runCli(['extract', '方案.html', '--out', 'web.json'], dir);
    expect(run.stderr).toEqual([]);
    const catalog = parseCatalogText(await readFile(join(dir, 'web.json'), 'utf8'), 'draft');
    expect(catalog.indicators.map((i) => [i.name, i.target])).toEqual([
      ['城镇污水处理率', '≥90%'],
      ['单位GDP能耗', '≤0.5吨标煤/万元'],
    ]);
  });

  test('reads a web page in the charset it declares (gb2312)', async () => {
    const body = Buffer.from([0x31, 0x2e, 0xc9, 0xad, 0xc1, 0xd6, 0xb8, 0xb2, 0xb8, 0xc7, 0xc2, 0xca, 0xa1, 0xdd, 0x36, 0x30, 0x25, 0xa1, 0xa3]);
    const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>'), body, Buffer.from('</p></body></html>')]);
    await writeFile(join(dir, 'gbk.htm'), page);
    const run = await runCli(['extract', 'gbk.htm'], dir);
    expect(run.code).toBe(0);
    const catalog = parseCatalogText(await readFile(join(dir, 'gbk.catalog.json'), 'utf8'), 'draft');
    expect(catalog.indicators.map((i) => i.name)).toEqual(['森林覆盖率']);
  });

  test('--out may name a folder, made when missing', async () => {
    await writeFile(join(dir, 'd.txt'), '1.森林覆盖率≥60%。');
    expect((await runCli(['extract', 'd.txt', '--out', 'drafts/'], dir)).code).toBe(0);
    expect((await runCli(['extract', 'd.txt', '--out', 'drafts/sub/x.json'], dir)).code).toBe(0);
    expect((await runCli(['extract', 'd.txt', '--out', 'drafts', '--force'], dir)).code).toBe(0);
    for (const f of ['drafts/d.catalog.json', 'drafts/sub/x.json']) {
      expect(parseCatalogText(await readFile(join(dir, f), 'utf8'), f).indicators).toHaveLength(1);
    }
  });

  test('several plans with --out make one catalog', async () => {
    await writeFile(join(dir, 'a.txt'), '1.森林覆盖率≥60%。');
    await writeFile(join(dir, 'b.txt'), '1.湿地保护率≥50%。');
    const run = await runCli(['extract', 'a.txt', 'b.txt', '--out', 'ab.json', '--id', 'ab'], dir);
    expect(run.code).toBe(0);
    const catalog = parseCatalogText(await readFile(join(dir, 'ab.json'), 'utf8'), 'draft');
    expect(catalog.indicators.map((i) => [i.id, i.name])).toEqual([['ab-01', '森林覆盖率'], ['ab-02', '湿地保护率']]);
    expect(catalog.source).toBe('a.txt, b.txt');
  });

  test('refuses what it cannot use, with one line naming the file', async () => {
    await writeFile(join(dir, 'plan.pdf'), 'x');
    const pdf = await runCli(['extract', 'plan.pdf'], dir);
    expect([pdf.code, pdf.stderr]).toEqual([2, ['plan.pdf:不能读取 .pdf 文件。extract 读取 .txt、.docx、.html(网页另存为)。']]);
    const english = await runCli(['extract', 'a.txt', '--out', 'a-en.json', '--lang', 'en'], dir);
    expect(english.stdout[0]).toMatch(/^a\.txt: targets found: 1, with lead departments: 0; low confidence: 0, medium: 0 → a-en\.json/);
    await writeFile(join(dir, 'c.txt'), '1.占比提升到55%。');
    const doubtful = await runCli(['extract', 'c.txt', '--lang', 'en'], dir);
    expect(doubtful.stdout).toContain('  c-01 [low] 占比 提升到55%: the name is taken from the text before');
    const missing = await runCli(['extract', 'nowhere.txt', '--lang', 'en'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr[0]).toMatch(/^nowhere\.txt: cannot be read/);
    await writeFile(join(dir, 'empty.txt'), '加强组织领导,形成工作合力。');
    const empty = await runCli(['extract', 'empty.txt'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr[0]).toContain('没有找到任何');
    const badId = await runCli(['extract', 'a.txt', '--id', 'Bad Id', '--out', 'x.json'], dir);
    expect(badId.code).toBe(2);
  });

  test('a workbook checks against the draft it wrote', async () => {
    const book = await sampleWorkbook(join(dir, '自评表.xlsx'));
    await writeFile(join(dir, 'plan.txt'), PLAN.join('\n'));
    expect((await runCli(['extract', 'plan.txt', '--out', 'plan.json'], dir)).code).toBe(0);
    const run = await runCli(['check', book, '--catalog', 'plan.json', '--out', 'out'], dir);
    expect(run.stderr).toEqual([]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout.join('\n')).toContain('指标库:plan');
  });
});
