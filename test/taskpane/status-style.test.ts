// The pane's status colours are the colours of the marks the workbook gets.
import { PALETTE } from '../../src/core/plan';
import { STATUS_SWATCH } from '../../src/taskpane/status-style';

describe('status colours', () => {
  it('are those of the marks: pass Good, fail Bad, review Neutral, missing and invalid their own', () => {
    expect(STATUS_SWATCH.pass).toEqual(PALETTE.good);
    expect(STATUS_SWATCH.fail).toEqual(PALETTE.bad);
    expect(STATUS_SWATCH.review).toEqual(PALETTE.neutral);
    expect(STATUS_SWATCH.missing).toEqual(PALETTE.missing);
    expect(STATUS_SWATCH.invalid).toEqual(PALETTE.invalid);
  });
});
