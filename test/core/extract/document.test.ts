// Sections, titles and dates of issue.
import { planIssued, planLines, planTitle } from '../../../src/core/extract/document';
import { normalizeKeepingLength } from '../../../src/core/extract/normalize';

const linesOf = (text: string) => planLines(text, normalizeKeepingLength(text));

describe('planLines', () => {
  const text = [
    '某某县生态文明建设示范县创建实施方案',
    '一、工作目标',
    '(一)环境质量',
    '1.优良天数比例≥80%。',
    '(二)强化保障。加强组织领导,明确分工。',
    '——绿色生活。到2020年,垃圾分类覆盖面达到90%。',
    '发展生态经济(3 项)',
    '2.城镇化水平≥50%。',
  ].join('\n');
  const lines = linesOf(text);

  test('a line falls under the nearest heading of its own', () => {
    expect(lines[3].category).toBe('环境质量');
    // (二)强化保障。… is a paragraph: it names no category of its own.
    expect(lines[4].category).toBe('工作目标');
    expect(lines[7].category).toBe('发展生态经济');
  });
  test('——X。 names the category of its paragraph', () => {
    expect(lines[5].category).toBe('绿色生活');
  });
  test('offsets point into the plan as written', () => {
    for (const l of lines) expect(text.slice(l.start, l.start + l.raw.length)).toBe(l.raw);
  });
});

describe('planTitle and planIssued', () => {
  test('the line that ends like a plan, not the notice that sends it', () => {
    const lines = linesOf('关于印发某区创建行动实施方案的通知\n各乡镇:\n2018年12月12日\n某区生态文明示范创建行动实施方案\n');
    expect(planTitle(lines)).toBe('某区生态文明示范创建行动实施方案');
    expect(planIssued(lines)).toBe('2018-12-12');
  });
  test('a Traditional title is given in Simplified script', () => {
    expect(planTitle(linesOf('唐山市創建國家生態文明建設示範市工作方案'))).toBe('唐山市创建国家生态文明建设示范市工作方案');
  });
  test('no date line: no date', () => {
    expect(planIssued(linesOf('方案全文,于2019年3月印发。'))).toBeNull();
  });
});
