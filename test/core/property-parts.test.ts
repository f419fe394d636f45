import { PART_LENGTH, continuationNames, joinPropertyValues, splitPropertyValues } from '../../src/core/property-parts';

describe('custom property values in parts', () => {
  it('keeps a value that fits as one property', () => {
    expect(splitPropertyValues({ A: 'x'.repeat(200) })).toEqual({ A: 'x'.repeat(200) });
  });

  it('closes a full-length last part with an empty one, so a stale part after it is not read', () => {
    const parts = splitPropertyValues({ A: 'x'.repeat(PART_LENGTH * 2) });
    expect(Object.values(parts).map((p) => p.length)).toEqual([PART_LENGTH, PART_LENGTH, 0]);
    expect(joinPropertyValues({ ...parts, A_4: 'stale' })).toEqual({ A: 'x'.repeat(PART_LENGTH * 2), A_4: 'stale' });
    expect(joinPropertyValues(splitPropertyValues({ A: 'x'.repeat(PART_LENGTH) }))).toEqual({ A: 'x'.repeat(PART_LENGTH) });
  });

  it('splits a long value into parts under 255 characters and joins them back', () => {
    const value = `{"department":"市住房和城乡建设局",${'"k":"v",'.repeat(80)}"end":1}`;
    const parts = splitPropertyValues({ IndicatorCheckStamp: value, Other: 'o' });
    expect(Object.keys(parts)).toEqual(['IndicatorCheckStamp', 'IndicatorCheckStamp_2', 'IndicatorCheckStamp_3', 'Other']);
    expect(Object.values(parts).every((p) => p.length <= 255)).toBe(true);
    expect(joinPropertyValues(parts)).toEqual({ IndicatorCheckStamp: value, Other: 'o' });
  });

  it('never splits a surrogate pair', () => {
    const value = `${'a'.repeat(PART_LENGTH - 1)}𠀀${'b'.repeat(10)}`;
    const parts = splitPropertyValues({ A: value });
    expect(parts.A).toBe('a'.repeat(PART_LENGTH - 1));
    expect(parts.A_2.startsWith('𠀀')).toBe(true);
    expect(joinPropertyValues(parts)).toEqual({ A: value });
  });

  it('leaves alone a property that merely ends in _2 after a short value', () => {
    const props = { Version: '3', Version_2: 'x' };
    expect(continuationNames('Version', props)).toEqual([]);
    expect(joinPropertyValues(props)).toEqual(props);
  });
});
