import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { EditPlan, SheetGrid } from '../../../src/core/types';
import { CoreError } from '../../../src/core/errors';
import { PALETTE } from '../../../src/core/plan';
import { CHUNK_PREFIX, JOURNAL_SHEET, encodeJournal } from '../../../src/core/journal';
import { applyPlan, clearMarks, openWorkbook, readJournal, readWorkbook, writeWorkbook } from '../../../src/hosts/file';
import { noteText } from '../../../src/hosts/file/cells';


let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'indicatorcheck-host-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A sheet with a title, an Excel table, formulas, rich text, links, errors, dates and some formatting. */
async function sampleFile(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.getCell('B1').value = '2023年指标自评表';
  ws.mergeCells('B1:E1');
  ws.addTable({
    name: 'Indicators',
    ref: 'B3',
    headerRow: true,
    columns: [{ name: '指标名称' }, { name: '目标值' }, { name: '现状值' }, { name: '牵头单位' }],
    rows: [
      ['森林覆盖率', '≥40', 0.385, ''],
      ['=SUM(A1)', '+1', 12, '-x'],
      ['@x', '≤5', 3, '市水利局'],
    ],
  });
  ws.getCell('D4').numFmt = '0.0%';
  ws.getCell('D4').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } } as ExcelJS.Fill;
  ws.getCell('D4').font = { name: '宋体', size: 12, color: { theme: 1 } };
  ws.getCell('D4').note = '原有批注';
  ws.getCell('G4').value = { formula: 'D4*2', result: 0.77 } as ExcelJS.CellFormulaValue;
  ws.getCell('G5').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
  ws.getCell('G6').value = { text: '链接', hyperlink: 'http://example.org' };
  ws.getCell('G7').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('G8').value = new Date(Date.UTC(2023, 0, 5));
  workbook.addWorksheet('隐藏').state = 'hidden';
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

function valueAt(sheet: SheetGrid, row: number, col: number) {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

function plan(overrides: Partial<EditPlan> = {}): EditPlan {
  return {
    marks: [
      { sheet: '自评表', row: 3, col: 3, style: 'bad', note: '未达标:目标≥40%,现状38.5%,差1.5个百分点' },
      { sheet: '自评表', row: 4, col: 3, style: 'missing', note: '未填报' },
      { sheet: '自评表', row: 5, col: 3, style: 'good', note: null },
    ],
    writes: [{ sheet: '自评表', row: 3, col: 4, value: '=HYPERLINK("http://x")', reason: 'lead' }],
    summary: {
      name: '指标汇总',
      replaces: false,
      cells: [
        { row: 0, col: 0, value: '指标核查汇总', style: 'title' },
        { row: 1, col: 0, value: '=1+1' },
        { row: 2, col: 0, value: 0.5, style: 'percent' },
        { row: 3, col: 1, value: '自评表!D4', style: 'link', link: { sheet: '自评表', row: 3, col: 3 } },
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      widths: [6, 30],
      styles: {
        title: { bold: true, fontSize: 16 },
        percent: { numberFormat: '0.0%', border: true },
        link: { fontColor: '#0563C1', underline: true },
      },
    },
    palette: PALETTE,
    ...overrides,
  };
}

async function reload(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('readWorkbook', () => {
  it('gives values, formats, merges, tables and hidden sheets in sheet coordinates', async () => {
    const { grid, hadMarks } = await readWorkbook(await sampleFile('read.xlsx'));
    expect(hadMarks).toBe(false);
    const sheet = grid.sheets.find((s) => s.name === '自评表')!;
    expect(sheet.top).toBe(0);
    expect(sheet.left).toBe(1);
    expect(valueAt(sheet, 0, 1)).toBe('2023年指标自评表');
    expect(valueAt(sheet, 0, 2)).toBeNull(); // covered by the merge
    expect(valueAt(sheet, 2, 1)).toBe('指标名称');
    expect(valueAt(sheet, 3, 3)).toBe(0.385);
    expect(sheet.formats?.[3]?.[3 - sheet.left]).toBe('0.0%');
    expect(valueAt(sheet, 4, 1)).toBe('=SUM(A1)');
    expect(valueAt(sheet, 3, 6)).toBe(0.77);
    expect(valueAt(sheet, 4, 6)).toBe('富文本');
    expect(valueAt(sheet, 5, 6)).toBe('链接');
    expect(valueAt(sheet, 6, 6)).toEqual({ error: '#N/A' });
    expect(valueAt(sheet, 7, 6)).toEqual({ date: '2023-01-05T00:00:00.000Z' });
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 4 }]);
    expect(sheet.tables).toEqual([{ name: 'Indicators', top: 2, left: 1, bottom: 5, right: 4 }]);
    expect(grid.sheets.find((s) => s.name === '隐藏')?.hidden).toBe(true);
  });

  it.each([
    ['missing', 'nothing-here.xlsx', undefined],
    ['not-workbook', 'text.xlsx', Buffer.from('序号,指标名称\n1,森林覆盖率\n')],
    ['encrypted', 'locked.xlsx', encryptedLookalike()],
    ['legacy-workbook', 'legacy.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])],
    ['unreadable', 'broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])],
  ])('rejects a %s file (%s) with a bad-input error naming it', async (kind, name, bytes) => {
    const path = join(dir, name);
    if (bytes) await writeFile(path, bytes);
    const error = await readWorkbook(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('bad-input');
    expect((error as CoreError).params.kind).toBe(kind);
    expect((error as CoreError).localized('zh-CN')).toContain(name);
    expect((error as CoreError).localized('en')).toContain(name);
  });
});

/** The start of a compound file holding an EncryptionInfo stream, as Excel writes for an open password. */
function encryptedLookalike(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
}

describe('applyPlan and clearMarks', () => {
  it('marks, writes text that stays text, adds the summary sheet and a very hidden journal', async () => {
    const input = await sampleFile('apply.xlsx');
    const before = await readFile(input);
    const { workbook, grid } = await readWorkbook(input);
    await applyPlan(workbook, plan(), grid, { createdAt: '2024-05-01T00:00:00.000Z' });
    const output = join(dir, 'out', 'apply.checked.xlsx');
    await writeWorkbook(workbook, output);
    expect(await readFile(input)).toEqual(before);

    const written = await reload(output);
    const ws = written.getWorksheet('自评表')!;
    const marked = ws.getCell('D4');
    expect(marked.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(marked.font.color).toEqual({ argb: 'FF9C0006' });
    expect(marked.font.name).toBe('宋体'); // only the colour changed
    expect(noteText(marked.note)).toBe('未达标:目标≥40%,现状38.5%,差1.5个百分点');
    expect(ws.getCell('D6').note).toBeUndefined(); // a pass mark carries no note
    // A neighbour that shared the original style is untouched.
    expect(ws.getCell('C4').fill).not.toEqual(marked.fill);

    const lead = ws.getCell('E4');
    expect(lead.value).toBe('=HYPERLINK("http://x")');
    expect(lead.type).toBe(ExcelJS.ValueType.String);
    for (const address of ['B5', 'C5', 'E5', 'B6']) expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);

    const summary = written.getWorksheet('指标汇总')!;
    expect(summary.getCell('A1').value).toBe('指标核查汇总');
    expect(summary.getCell('A1').font.bold).toBe(true);
    expect(summary.getCell('A2').value).toBe('=1+1');
    expect(summary.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(summary.getCell('A3').numFmt).toBe('0.0%');
    expect(summary.getCell('D1').isMerged).toBe(true);
    expect(summary.getColumn(2).width).toBe(30);
    const link = summary.getCell('B4');
    expect(link.formula).toBe(`HYPERLINK("#'自评表'!D4","自评表!D4")`);
    expect(link.result).toBe('自评表!D4');

    const journalSheet = written.getWorksheet(JOURNAL_SHEET)!;
    expect(journalSheet.state).toBe('veryHidden');
    const journal = (await readJournal((await readWorkbook(output)).workbook))!;
    expect(journal).toBeNull(); // reading for a check takes the marks off first
    const opened = await openWorkbook(output);
    const kept = (await readJournal(opened))!;
    expect(kept.summarySheet).toBe('指标汇总');
    expect(kept.createdAt).toBe('2024-05-01T00:00:00.000Z');
    expect(kept.entries).toHaveLength(4);
    expect(kept.entries.find((e) => e.row === 3 && e.col === 3)).toMatchObject({ note: '原有批注', value: 0.385 });
  });

  it('the journal names the summary sheet as the tool\'s own', async () => {
    const input = await sampleFile('owned.xlsx');
    const { workbook, grid } = await readWorkbook(input);
    expect(grid.ownedSheets).toBeUndefined();
    await applyPlan(workbook, plan(), grid);
    const output = join(dir, 'owned.checked.xlsx');
    await writeWorkbook(workbook, output);
    const reopened = await openWorkbook(output);
    expect((await reopened.grid()).ownedSheets).toEqual(['指标汇总']);
  });

  it('a second check of a checked file neither stacks marks nor keeps the old summary', async () => {
    const input = await sampleFile('twice.xlsx');
    const first = await readWorkbook(input);
    await applyPlan(first.workbook, plan(), first.grid);
    const once = join(dir, 'twice.checked.xlsx');
    await writeWorkbook(first.workbook, once);

    const second = await readWorkbook(once);
    expect(second.hadMarks).toBe(true);
    expect(second.grid.sheets.map((s) => s.name)).toEqual(['自评表', '隐藏']);
    const sheet = second.grid.sheets[0];
    expect(valueAt(sheet, 3, 4)).toBeNull(); // the filled lead cell is empty again, so it is filled again
    await applyPlan(second.workbook, plan({ marks: [plan().marks[1]] }), second.grid);
    const twice = join(dir, 'twice.checked.checked.xlsx');
    await writeWorkbook(second.workbook, twice);

    const written = await reload(twice);
    const ws = written.getWorksheet('自评表')!;
    expect(ws.getCell('D4').note).toBe('原有批注');
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { theme: 4 } });
    expect(ws.getCell('E4').value).toBe('=HYPERLINK("http://x")');
    expect(written.worksheets.map((w) => w.name)).toEqual(['自评表', '隐藏', '指标汇总', JOURNAL_SHEET]);
    const journal = (await readJournal(await openWorkbook(twice)))!;
    const d4 = journal.entries.find((e) => e.row === 3 && e.col === 3);
    expect(d4).toBeUndefined();
    expect(journal.entries.find((e) => e.row === 3 && e.col === 4)).toMatchObject({ value: '', note: null });
  });

  it('clearMarks puts every touched cell back exactly and removes what the tool added', async () => {
    const input = await sampleFile('clear.xlsx');
    const original = await reload(input);
    const { workbook, grid } = await readWorkbook(input);
    await applyPlan(workbook, plan(), grid);
    const checked = join(dir, 'clear.checked.xlsx');
    await writeWorkbook(workbook, checked);

    const again = await openWorkbook(checked);
    expect(await clearMarks(again)).toEqual({ restored: 4, skipped: 0, summarySheet: '指标汇总' });
    const cleared = join(dir, 'clear.cleared.xlsx');
    await writeWorkbook(again, cleared);
    const restored = await reload(cleared);

    expect(restored.worksheets.map((w) => w.name)).toEqual(['自评表', '隐藏']);
    const before = original.getWorksheet('自评表')!;
    const after = restored.getWorksheet('自评表')!;
    for (const address of ['D4', 'D5', 'D6', 'E4', 'C4']) {
      const a = before.getCell(address);
      const b = after.getCell(address);
      expect({ address, value: b.value, style: b.style, note: b.note }).toEqual({
        address,
        value: a.value,
        style: a.style,
        note: a.note,
      });
    }
  });

  /** The checked copy as Excel would save it after a user's edit: every part rewritten. */
  async function editedInAnotherProgram(path: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = await reload(path);
    edit(workbook);
    const edited = path.replace(/\.xlsx$/, '.edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    return edited;
  }

  it('keeps a correction typed into a filled cell after the check, and still takes the marks off', async () => {
    const input = await sampleFile('corrected.xlsx');
    const { workbook, grid } = await readWorkbook(input);
    await applyPlan(workbook, plan(), grid);
    const checked = join(dir, 'corrected.checked.xlsx');
    await writeWorkbook(workbook, checked);
    const edited = await editedInAnotherProgram(checked, (wb) => {
      wb.getWorksheet('自评表')!.getCell('E4').value = '市林业局';
    });
    const again = await openWorkbook(edited);
    await clearMarks(again);
    const cleared = join(dir, 'corrected.cleared.xlsx');
    await writeWorkbook(again, cleared);
    const ws = (await reload(cleared)).getWorksheet('自评表')!;
    expect(ws.getCell('E4').value).toBe('市林业局');
    expect(ws.getCell('D4').fill).toMatchObject({ fgColor: { theme: 4 } });
    expect(ws.getCell('D4').note).toBe('原有批注');
    expect(ws.getCell('D5').note).toBeUndefined();
  });

  it('restores the portable fields of a journal another host wrote', async () => {
    const input = await sampleFile('office.xlsx');
    const { workbook, grid } = await readWorkbook(input);
    await applyPlan(workbook, plan({ writes: [], summary: null }), grid);
    const checked = join(dir, 'office.checked.xlsx');
    await writeWorkbook(workbook, checked);
    const portable = { sheet: '自评表', row: 3, col: 3, fill: '#FFFF00', fontColor: null, value: 0.385, note: null };
    const rows = encodeJournal({ version: 1, createdAt: '', summarySheet: null, entries: [portable] });
    const edited = await editedInAnotherProgram(checked, (wb) => {
      const journalSheet = wb.getWorksheet(JOURNAL_SHEET)!;
      const header = (journalSheet.getRow(1).getCell(2).value as string).slice(CHUNK_PREFIX.length);
      expect(JSON.parse(header).summarySheet).toBeNull();
      journalSheet.getRow(2).getCell(1).value = rows[1][0];
    });
    const again = await openWorkbook(edited);
    await clearMarks(again);
    const cleared = join(dir, 'office.cleared.xlsx');
    await writeWorkbook(again, cleared);
    const cell = (await reload(cleared)).getWorksheet('自评表')!.getCell('D4');
    expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' }, bgColor: { indexed: 64 } });
    expect(cell.font.color).toBeUndefined();
    expect(cell.note).toBeUndefined();
  });

  it('refuses a plan for a sheet the workbook does not have, before writing anything', async () => {
    const { workbook, grid } = await readWorkbook(await sampleFile('foreign.xlsx'));
    const foreign = plan({ marks: [{ sheet: '别的表', row: 1, col: 1, style: 'bad', note: 'x' }] });
    await expect(applyPlan(workbook, foreign, grid)).rejects.toThrow(CoreError);
    expect(workbook.hasSheet('指标汇总')).toBe(false);
    expect(workbook.hasSheet(JOURNAL_SHEET)).toBe(false);
    expect(workbook.pkg.changedParts()).toEqual([]);
  });

  it('reports a damaged journal as bad-journal', async () => {
    const workbook = await reload(await sampleFile('damaged.xlsx'));
    workbook.addWorksheet(JOURNAL_SHEET, { state: 'veryHidden' }).getCell('A1').value = 'scribbles';
    const path = join(dir, 'damaged.checked.xlsx');
    await workbook.xlsx.writeFile(path);
    const error = await readWorkbook(path).catch((e: unknown) => e);
    expect((error as CoreError).code).toBe('bad-journal');
  });
});
