// Normalisation that keeps every position: the exact source text is cut from the plan as written.
import fc from 'fast-check';
import { normalizeKeepingLength } from '../../../src/core/extract/normalize';

describe('normalizeKeepingLength', () => {
  test('Traditional to Simplified, full-width to half-width, 〔〕 to ()', () => {
    expect(normalizeKeepingLength('確保林草覆蓋率不低於18%')).toBe('确保林草覆盖率不低于18%');
    expect(normalizeKeepingLength('(牽頭單位:市水利局)')).toBe('(牵头单位:市水利局)');
    expect(normalizeKeepingLength('各县〔市、区〕政府')).toBe('各县(市、区)政府');
  });
  test('never changes the length', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeKeepingLength(s).length === s.length));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'國際環境質量優於標準達到發展規劃網路臺灣裡面後麵') }), (s) => normalizeKeepingLength(s).length === s.length));
  });
});
