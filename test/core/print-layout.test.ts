// Column widths from the content and the print setup of the sheets the tool makes (src/core/print-layout.ts).
import { contentWidths, footerCode, tablePrint } from '../../src/core/print-layout';

const styles = { cell: { border: true }, note: { italic: true } };

describe('contentWidths', () => {
  it('takes each column from its widest table cell, a CJK character counting double, within the bounds', () => {
    const cells = [
      { row: 0, col: 0, value: '序号', style: 'cell' },
      { row: 1, col: 0, value: 12, style: 'cell' },
      { row: 0, col: 1, value: '市住房城乡建设局.xlsx', style: 'cell' },
      { row: 0, col: 2, value: '很长很长很长很长很长很长很长很长很长很长很长很长很长很长', style: 'cell' },
    ];
    // 序号: 4 + 2; 市住房城乡建设局.xlsx: 8 × 2 + 5 + 2; the long text is capped and wraps.
    expect(contentWidths(cells, 4, styles, [], { min: 6, max: 30 })).toEqual([6, 23, 30, 6]);
  });

  it('leaves out free text (a note runs on over the next cells) and cells merged across columns', () => {
    const cells = [
      { row: 0, col: 0, value: '本表由指标核查助手生成,重新生成时将被替换。', style: 'note' },
      { row: 1, col: 0, value: '部门填报汇总情况(很长的标题)', style: 'cell' },
      { row: 2, col: 0, value: '序号', style: 'cell' },
    ];
    expect(contentWidths(cells, 1, styles, [{ top: 1, left: 0, bottom: 1, right: 3 }], { min: 4, max: 40 })).toEqual([6]);
  });
});

describe('tablePrint', () => {
  it('prints landscape, one page wide, the rows given on every page, the title and the page numbers in the footer', () => {
    const print = tablePrint('R&D 指标', { top: 3, bottom: 3 }, 'en');
    expect(print).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: { top: 3, bottom: 3 } });
    expect(footerCode(print)).toBe('&LR&&D 指标&RPage &P of &N');
    expect(footerCode(tablePrint('汇总', null))).toBe('&L汇总&R第 &P 页,共 &N 页');
    expect(tablePrint('汇总', null).titleRows).toBeUndefined();
  });
});
