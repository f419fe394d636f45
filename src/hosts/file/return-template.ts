// Writing a departmental return template (ReturnTemplate) as an exceljs workbook: the sheet 填报表,
// protected, with the department's cells unlocked, data validation with input messages, and the
// marker column hidden.
import ExcelJS from 'exceljs';
import type { ReturnTemplate, EntryValidation } from '../../core/returns/template';
import { decimalCondition } from '../../core/returns/entry-rule';
import { applyPrintSetup, excelStyleOf } from './summary-sheet';
import { wrappedRowHeights } from '../../core/row-heights';

export interface ReturnWorkbookOptions {
  /** Sheet protection password; none by default (protection then only guards against slips). */
  password?: string;
  /** The worksheet's name; the template's (填报表) by default. */
  sheetName?: string;
}

/** What the department may still do on the protected sheet: select cells and make rows taller for long notes. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatRows: true,
};

function quotedList(items: string[]): string {
  return `"${items.join(',')}"`;
}

function dataValidationOf(validation: EntryValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: validation.prompt.title,
    prompt: validation.prompt.message,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: validation.error.title,
    error: validation.error.message,
  };
  const { rule } = validation;
  if (rule.kind === 'date') return { type: 'date', operator: 'between', formulae: [new Date(Date.UTC(rule.from, 0, 1)), new Date(Date.UTC(rule.to, 11, 31))], ...messages };
  if (rule.kind === 'list') return { type: 'list', formulae: [quotedList(rule.items)], ...messages };
  const condition = decimalCondition(rule);
  const formulae = condition.operator === 'between' ? [condition.formula1, condition.formula2] : [condition.formula1];
  return { type: 'decimal', operator: condition.operator, formulae, ...messages };
}

/** Adds the template as a worksheet of `workbook`. */
export async function addReturnWorksheet(workbook: ExcelJS.Workbook, template: ReturnTemplate, options: ReturnWorkbookOptions = {}): Promise<ExcelJS.Worksheet> {
  const worksheet = workbook.addWorksheet(options.sheetName ?? template.sheet, {
    views: [{ state: 'frozen', ySplit: template.freezeRows, xSplit: 0 }],
  });
  applyPrintSetup(worksheet, template.print);
  const styles = new Map(Object.entries(template.styles).map(([name, style]) => [name, excelStyleOf(style)]));
  const unlocked = new Set(template.unlocked.map(({ row, col }) => `${row},${col}`));

  for (const cell of template.cells) {
    const target = worksheet.getCell(cell.row + 1, cell.col + 1);
    // Strings go in as plain text: exceljs makes a formula only of a { formula } value.
    if (cell.value !== null) target.value = cell.value;
    const style = cell.style ? styles.get(cell.style) : undefined;
    // A fresh style object per cell: exceljs shares style objects, and protection is part of the style.
    target.style = { ...(style ?? {}), ...(unlocked.has(`${cell.row},${cell.col}`) ? { protection: { locked: false } } : {}) };
  }
  for (const position of template.unlocked) {
    const target = worksheet.getCell(position.row + 1, position.col + 1);
    if (target.protection?.locked !== false) target.style = { ...target.style, protection: { locked: false } };
  }
  for (const validation of template.validations) {
    worksheet.getCell(validation.row + 1, validation.col + 1).dataValidation = dataValidationOf(validation);
  }
  for (const m of template.merges) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  template.widths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  for (const col of template.hiddenColumns) worksheet.getColumn(col + 1).hidden = true;
  for (const [row, height] of wrappedRowHeights(template.cells, template.styles, template.widths, template.merges)) {
    worksheet.getRow(row + 1).height = height;
  }
  await worksheet.protect(options.password ?? '', { ...PROTECTION });
  return worksheet;
}

/** A return workbook of one department: the template's sheet and nothing else. */
export async function returnTemplateWorkbook(template: ReturnTemplate, options: ReturnWorkbookOptions = {}): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IndicatorCheck 指标核查助手';
  workbook.title = template.title;
  await addReturnWorksheet(workbook, template, options);
  return workbook;
}
