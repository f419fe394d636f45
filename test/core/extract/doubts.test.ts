// Every doubt the draft can note has an English form for the command line and the pane.
import { DOUBT, LOW_DOUBT, doubtText } from '../../../src/core/extract/doubts';

const all: string[] = Object.entries(DOUBT).map(([key, d]) => {
  if (typeof d === 'string') return d;
  if (key === 'respectively') return (d as (n: number) => string)(3);
  return (d as (s: string) => string)('≥60%');
});

describe('doubts', () => {
  test.each(all)('%s has an English form', (zh) => {
    expect(doubtText(zh, 'en')).not.toMatch(/[\u4e00-\u9fff]{3}/);
    expect(doubtText(zh, 'zh-CN')).toBe(zh);
  });
  test('which doubts make an indicator low-confidence', () => {
    expect(all.filter((d) => LOW_DOUBT.test(d))).toEqual([DOUBT.nameFromContext, DOUBT.respectively(3), DOUBT.differs('≥60%'), DOUBT.unparsed, DOUBT.nameShort]);
  });
});
