import { alignColumns, displayWidth, fitWidth, passRateText } from '../../src/cli/terminal';

describe('terminal table', () => {
  it('counts Chinese characters and full-width forms as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('森林覆盖率')).toBe(10);
    expect(displayWidth('≥40%')).toBe(4);
    expect(displayWidth('\uFF08约束性\uFF09')).toBe(10);
  });

  it('aligns columns of mixed scripts', () => {
    const lines = alignColumns([
      ['指标名称', '目标值', '现状值'],
      ['单位GDP能耗', '≤1.1', '1.3'],
      ['PM2.5', '≤35', '41'],
    ]);
    const starts = lines.map((line) => displayWidth(line.slice(0, line.search(/(≤|目标值)/))));
    expect(new Set(starts).size).toBe(1);
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });

  it('cuts long text to a width with an ellipsis', () => {
    const cut = fitWidth('集中式饮用水水源地水质达标率', 12);
    expect(displayWidth(cut)).toBeLessThanOrEqual(12);
    expect(cut.endsWith('…')).toBe(true);
    expect(fitWidth('短', 12)).toBe('短');
  });

  it('shows the pass rate as a percentage, or a dash when there is none', () => {
    expect(passRateText(0.7059)).toBe('70.6%');
    expect(passRateText(1)).toBe('100%');
    expect(passRateText(null)).toBe('—');
  });
});
