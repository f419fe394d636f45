import { parseCatalog, parseCatalogText } from '../../../src/core/catalog/load';
import { CoreError } from '../../../src/core/errors';

function errorOf(work: () => unknown): CoreError {
  try {
    work();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('no error');
}

const indicator = { id: 'a', name: '森林覆盖率', target: '≥40', lead: [], coop: [], sourceText: '森林覆盖率≥40%' };

test('a valid catalog loads, a byte-order mark is allowed', () => {
  const text = '\uFEFF' + JSON.stringify({ id: 'my-plan', title: '本市方案', indicators: [indicator] });
  expect(parseCatalogText(text, 'my-plan.json').indicators[0].name).toBe('森林覆盖率');
});

test.each([
  ['a missing field', { id: 'x', title: 't', indicators: [{ ...indicator, target: undefined }] }, 'indicators[0].target', '缺少此字段', 'this field is missing'],
  ['a wrong type', { id: 'x', title: 't', indicators: [{ ...indicator, lead: '市林业局' }] }, 'indicators[0].lead', '类型不对', 'wrong type'],
  ['an unknown field', { id: 'x', title: 't', indicators: [{ ...indicator, leader: [] }] }, 'indicators[0]', '不认识的字段 leader', 'unknown fields leader'],
])('%s is named with its field, in both languages', (_what, json, field, zh, en) => {
  const error = errorOf(() => parseCatalog(json, 'plan.json'));
  expect(error.code).toBe('bad-catalog');
  expect(error.localized('zh-CN')).toContain(`指标库 plan.json 有误:${field}`);
  expect(error.localized('zh-CN')).toContain(zh);
  expect(error.localized('en')).toContain(`Catalog plan.json is invalid: ${field}`);
  expect(error.localized('en')).toContain(en);
  expect(error.localized('en')).not.toMatch(/[\u4e00-\u9fff]{2}/u);
});

test('text that is not JSON says so', () => {
  const error = errorOf(() => parseCatalogText('{ "id": ', 'broken.json'));
  expect(error.localized('zh-CN')).toMatch(/^指标库 broken\.json 不是有效的 JSON 文件/);
  expect(error.localized('en')).toMatch(/^Catalog broken\.json is not a valid JSON file/);
});
