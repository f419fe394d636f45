import { linesOf, textWidth, wrappedRowHeights } from '../../src/core/row-heights';

test('Chinese characters are two units wide, Latin letters and digits one', () => {
  expect(textWidth('森林覆盖率')).toBe(10);
  expect(textWidth('PM2.5')).toBe(5);
  expect(textWidth('≥40%,且')).toBe(7);
  expect(textWidth('，')).toBe(2);
});

test('a text takes as many lines as its width needs, line breaks kept', () => {
  expect(linesOf('森林覆盖率', 12)).toBe(1);
  expect(linesOf('完成上级政府下达的节能减排任务', 12)).toBe(3);
  expect(linesOf('甲\n乙', 12)).toBe(2);
});

test('only rows whose wrapped cells need more than one line, or with larger text, get a height; merged cells do not wrap', () => {
  const styles = { text: { wrap: true }, plain: {}, title: { fontSize: 16 } };
  const cells = [
    { row: 1, col: 0, value: '完成上级政府下达的节能减排任务', style: 'text' },
    { row: 1, col: 1, value: '短', style: 'text' },
    { row: 2, col: 0, value: '完成上级政府下达的节能减排任务', style: 'plain' },
    { row: 3, col: 0, value: '短', style: 'text' },
    { row: 4, col: 0, value: '完成上级政府下达的节能减排任务', style: 'text' },
    { row: 0, col: 0, value: '指标核查汇总', style: 'title' },
  ];
  const heights = wrappedRowHeights(cells, styles, [12, 6], [{ top: 4, left: 0, bottom: 4, right: 1 }]);
  expect([...heights].sort((a, b) => a[0] - b[0])).toEqual([[0, 22], [1, 45]]);
});
