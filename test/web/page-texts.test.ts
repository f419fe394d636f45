// The page's lines about a result: the check's line, the progress line, dropped files kept by their ending.
import { checkResultText } from '../../src/web/check-result-text';
import { stepText } from '../../src/web/components/ProgressLine';
import { acceptedFiles } from '../../src/web/components/FileField';
import { WEB_STRING_KEYS, webStrings } from '../../src/web/web-strings';
import type { CheckResult } from '../../src/web/jobs/protocol';

const result: CheckResult = {
  job: 'check',
  output: { name: 'a.checked.xlsx', mime: 'x', bytes: new Uint8Array() },
  findings: [],
  summary: { totals: { pass: 3, fail: 1, missing: 0, invalid: 0, review: 0, na: 0 }, total: 4, passRate: 0.75 } as CheckResult['summary'],
  catalog: { id: 'tangshan-2022', title: '唐山', how: 'suggested', matched: 4 },
  marked: 1,
  written: 2,
  summarySheet: '指标汇总',
  hadMarks: true,
  notesSkipped: 0,
  isReturn: false,
  fit: { matched: 4, rows: 4, poor: false },
};

test('the check line says what was done and with which catalog, in full-width Chinese', () => {
  expect(checkResultText(result, webStrings('zh-CN'), 'zh-CN', true)).toBe('已核查4项指标，标记了1个单元格。填写了2个空白的责任单位/达标情况单元格。已生成汇总表“指标汇总”。上次核查的标记已先清除。指标库：唐山。');
  expect(checkResultText({ ...result, catalog: null, hadMarks: false, summarySheet: null }, webStrings('en'), 'en', false)).toBe(
    "Checked 4 indicators; 1 cells marked. No catalog: checked against the workbook's own targets.",
  );
});

test('a departmental return checked as a workbook is sent to 部门自查', () => {
  expect(checkResultText({ ...result, isReturn: true }, webStrings('zh-CN'), 'zh-CN', false)).toMatch(/这是部门填报表：报送前请在“部门自查”中检查/);
});

test('a catalog that few rows match is said to be maybe the wrong one', () => {
  expect(checkResultText({ ...result, fit: { matched: 1, rows: 4, poor: true } }, webStrings('zh-CN'), 'zh-CN', false)).toMatch(/4行指标中只有1行在这个指标库中找到/);
  expect(checkResultText(result, webStrings('zh-CN'), 'zh-CN', false)).not.toMatch(/可能选错了指标库/);
});

test('every Chinese string of the page uses full-width punctuation', () => {
  const zh = webStrings('zh-CN');
  const texts = WEB_STRING_KEYS.map((key) => [key, zh(key, {})] as const);
  expect(texts.length).toBeGreaterThan(50);
  const halfWidth = texts.filter(([, text]) => /[\u4e00-\u9fff][,:;()!?]|[,:;()!?][\u4e00-\u9fff]/.test(text));
  expect(halfWidth).toEqual([]);
});

test('the progress line names the step and counts files', () => {
  const tr = webStrings('zh-CN');
  expect(stepText({ step: 'reading' }, tr)).toBe('正在读取文件…');
  expect(stepText({ step: 'reading', done: 2, count: 5 }, tr)).toBe('正在读取文件 2/5…');
  expect(stepText({ step: 'writing' }, webStrings('en'))).toBe('Writing…');
});

test('dropped files are kept by the endings the chooser accepts', () => {
  const files = ['a.xlsx', 'b.XLSM', 'c.xls', 'd.json'].map((name) => ({ name }) as File);
  expect(acceptedFiles(files, '.xlsx,.xlsm').map((f) => f.name)).toEqual(['a.xlsx', 'b.XLSM']);
});

test('every page word exists in both languages, the Chinese with full-width punctuation', () => {
  const zh = webStrings('zh-CN');
  const en = webStrings('en');
  for (const key of ['privacy', 'return.blocked', 'merge.conflictsHint', 'check.regionHint'] as const) {
    expect(zh(key)).not.toMatch(/[,:;()](?![^{]*\})/);
    expect(en(key).length).toBeGreaterThan(0);
  }
  expect(zh('privacy')).toContain('文件只在本机处理，不会上传');
  expect(zh('return.blocked', { blocking: 1, hints: 0 })).toContain('需修改');
  expect(en('return.blocked', { blocking: 1, hints: 0 })).toContain('Fix');
});
