import { hasMessage, messageKeys, t } from '../../src/core/messages';

test('every sentence exists in both languages, with the same placeholders', () => {
  const zh = messageKeys('zh-CN');
  const en = messageKeys('en');
  expect([...en].sort()).toEqual([...zh].sort());
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of zh) {
    expect({ key, en: placeholders(t('en', key)) }).toEqual({ key, en: placeholders(t('zh-CN', key)) });
  }
});

test('placeholders are filled, unknown ones left as they are, unknown keys return themselves', () => {
  expect(hasMessage('error.cell-editing')).toBe(true);
  expect(t('en', 'error.sheet-protected', { sheet: '自评表' })).toContain('"自评表"');
  expect(t('zh-CN', 'error.sheet-protected', {})).toContain('{sheet}');
  expect(t('en', 'no.such.key')).toBe('no.such.key');
});
