// Targets without a number, read only where a plan states its targets.
import { extractCatalog } from '../../../src/core/extract/extract';

const brief = (text: string) =>
  extractCatalog([{ name: 'p.txt', text }]).catalog.indicators.map((i) => [i.name, i.target]);

describe('requirements without a number', () => {
  test('the first sentence of a numbered item', () => {
    expect(brief('5.声环境功能区质量不降低且达到考核要求。加强噪声监管。\n6.县域突发环境事件未发生。')).toEqual([
      ['声环境功能区质量', '不降低且达到考核要求'],
      ['县域突发环境事件', '未发生'],
    ]);
  });
  test('beside a numeric target in one sentence, the verb first or last', () => {
    expect(brief('3.大气环境质量达到考核要求,优良天数比例≥80%,基本消除重污染天气。')).toEqual([
      ['大气环境质量', '达到考核要求'],
      ['优良天数比例', '≥80%'],
      ['重污染天气', '基本消除'],
    ]);
  });
  test('a 确保 clause anywhere, spread over the names it joins', () => {
    expect(brief('推进综合治理,确保县控断面水质优良比例和湖库富营养化指数完成市定考核目标。')).toEqual([
      ['县控断面水质优良比例', '完成市定考核目标'],
      ['湖库富营养化指数', '完成市定考核目标'],
    ]);
  });
  test('建立 a system, not any task', () => {
    expect(brief('7.建立河湖生态补偿制度。\n8.建立联席会议。')).toEqual([['河湖生态补偿制度', '建立']]);
  });
  test('prose that is no target statement gives nothing', () => {
    expect(brief('各部门要加强协作,空气质量持续改善,群众满意度不降低。')).toEqual([]);
  });
  test('tasks, places and bodies are not names', () => {
    expect(brief('4.开展垃圾分类行动建立收运体系。\n5.甲县、乙县完成省级整改任务。')).toEqual([]);
  });
  test('they are marked for checking, and counted apart from the numeric ones', () => {
    const result = extractCatalog([{ name: 'p.txt', text: '1.土壤环境质量不降低。' }]);
    expect(result.confidence[0]).toMatchObject({ level: 'medium', reasons: ['没有数值的要求,请核对名称和要求'] });
  });
});
