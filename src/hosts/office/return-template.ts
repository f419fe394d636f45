// Adding departmental return templates (ReturnTemplate) to the open workbook as sheets
// `填报表-<department>`: values as text, styles, widths, unlocked entry cells, data validation with
// input messages (ExcelApi 1.8), the hidden marker column, and sheet protection. One request reads
// what the workbook is; one more writes every sheet (more only past the payload budget).
import type { CellRect } from '../../core/types';
import { CoreError } from '../../core/errors';
import { cellAddress, columnLetter, rangeAddress } from '../../core/address';
import { rectanglesOf, rectAddress, type CellPosition } from '../../core/cell-areas';
import { returnSheetNames, type EntryValidation, type ReturnTemplate } from '../../core/returns/template';
import { decimalCondition, type EntryRule } from '../../core/returns/entry-rule';
import { OfficeSession, officeSupports, type SupportsSet, type SyncStats } from './session';
import { translateOfficeError } from './errors';
import { readWorkbookInfo } from './workbook-info';
import { RequestWriter } from './request-writer';
import { OPERATION_OVERHEAD, jsonBytes } from './payload';
import { applyStyle, pointsOfWidth, writePrintSetup } from './summary-sheet';
import { cellInputOf } from './values';

export interface AddReturnSheetsOptions {
  /** Sheet protection password; none by default. */
  password?: string;
  isSetSupported?: SupportsSet;
  onStats?: (stats: SyncStats) => void;
}

export interface AddReturnSheetsResult {
  /** The sheets added, in the order of the templates. */
  sheets: string[];
  /** Excel here has no data validation API (ExcelApi 1.8): the sheets were added without input messages. */
  validationSkipped: boolean;
}

/** What the department may still do on the protected sheet: select cells and make rows taller for long notes. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatRows: true };

const OPERATORS = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
} as const;

function ruleOf(rule: EntryRule): Excel.DataValidationRule {
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: rule.items.join(',') } };
  if (rule.kind === 'date') {
    return { date: { operator: 'Between' as Excel.DataValidationOperator, formula1: `${rule.from}-01-01`, formula2: `${rule.to}-12-31` } };
  }
  const condition = decimalCondition(rule);
  const operator = OPERATORS[condition.operator] as Excel.DataValidationOperator;
  return condition.operator === 'between'
    ? { decimal: { operator, formula1: condition.formula1, formula2: condition.formula2 } }
    : { decimal: { operator, formula1: condition.formula1 } };
}

async function writeValidation(writer: RequestWriter, sheet: Excel.Worksheet, validation: EntryValidation): Promise<void> {
  const rule = ruleOf(validation.rule);
  const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: 'Warning' as Excel.DataValidationAlertStyle,
    title: validation.error.title,
    message: validation.error.message,
  };
  await writer.reserve(jsonBytes([rule, prompt, errorAlert]) + 4 * OPERATION_OVERHEAD);
  // ignoreBlanks is left at Excel's default (true): an empty cell is "not yet filled", never an error.
  const { dataValidation } = sheet.getRange(cellAddress(validation.row, validation.col));
  dataValidation.rule = rule;
  dataValidation.prompt = prompt;
  dataValidation.errorAlert = errorAlert;
}

function extent(template: ReturnTemplate): { bottom: number; right: number } {
  let bottom = 0;
  let right = template.widths.length - 1;
  for (const cell of template.cells) {
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.col);
  }
  return { bottom, right };
}

async function writeValues(writer: RequestWriter, sheet: Excel.Worksheet, template: ReturnTemplate): Promise<void> {
  const { bottom, right } = extent(template);
  const matrix: (string | number | boolean)[][] = Array.from({ length: bottom + 1 }, () => new Array<string | number | boolean>(right + 1).fill(''));
  // Text goes through the same helper as every other write: a name starting with = + - @ stays text.
  for (const cell of template.cells) matrix[cell.row][cell.col] = cellInputOf(cell.value).input;
  await writer.reserve(jsonBytes(matrix) + 2 * OPERATION_OVERHEAD);
  sheet.getRange(rangeAddress(0, 0, bottom, right)).values = matrix;
}

async function writeStyles(writer: RequestWriter, sheet: Excel.Worksheet, template: ReturnTemplate): Promise<void> {
  const byStyle = new Map<string, CellPosition[]>();
  for (const cell of template.cells) {
    if (!cell.style) continue;
    const list = byStyle.get(cell.style);
    if (list) list.push(cell);
    else byStyle.set(cell.style, [cell]);
  }
  for (const [name, cells] of byStyle) {
    for (const rect of rectanglesOf(cells)) {
      await writer.reserve(20 * OPERATION_OVERHEAD);
      const style = template.styles[name as keyof ReturnTemplate['styles']];
      const range = sheet.getRange(rectAddress(rect));
      applyStyle(range.format, style);
      // The 填报日期 cell shows a date (RangeFormat has no number format: it is the range's).
      if (style.numberFormat) range.numberFormat = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<string>(rect.right - rect.left + 1).fill(style.numberFormat!));
    }
  }
}

async function writeLayout(writer: RequestWriter, sheet: Excel.Worksheet, template: ReturnTemplate): Promise<void> {
  for (const merge of template.merges) {
    await writer.reserve(2 * OPERATION_OVERHEAD);
    sheet.getRange(rectAddress(merge)).merge(false);
  }
  for (let col = 0; col < template.widths.length; col++) {
    await writer.reserve(2 * OPERATION_OVERHEAD);
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = pointsOfWidth(template.widths[col]);
  }
  for (const col of template.hiddenColumns) {
    await writer.reserve(2 * OPERATION_OVERHEAD);
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).columnHidden = true;
  }
  const unlocked: CellRect[] = rectanglesOf(template.unlocked);
  for (const rect of unlocked) {
    await writer.reserve(3 * OPERATION_OVERHEAD);
    sheet.getRange(rectAddress(rect)).format.protection.locked = false;
  }
}

async function writeReturnSheet(
  writer: RequestWriter,
  template: ReturnTemplate,
  name: string,
  session: OfficeSession,
  options: { validate: boolean; password?: string },
): Promise<void> {
  await writer.reserve(OPERATION_OVERHEAD);
  const sheet = writer.context.workbook.worksheets.add(name);
  await writeValues(writer, sheet, template);
  await writeStyles(writer, sheet, template);
  await writeLayout(writer, sheet, template);
  if (options.validate) for (const validation of template.validations) await writeValidation(writer, sheet, validation);
  await writePrintSetup(writer, session, sheet, template.print);
  // Last: a protected sheet takes no more formatting.
  await writer.reserve(2 * OPERATION_OVERHEAD);
  if (options.password) sheet.protection.protect(PROTECTION, options.password);
  else sheet.protection.protect(PROTECTION);
}

/**
 * Adds one sheet per template. Refuses, before writing anything, a workbook whose structure is
 * protected or that has a sheet of one of the names already.
 */
export async function addReturnSheetsIn(session: OfficeSession, templates: ReturnTemplate[], options: { password?: string } = {}): Promise<AddReturnSheetsResult> {
  const info = await readWorkbookInfo(session);
  const names = returnSheetNames(templates.map((t) => t.department));
  if (info.workbookProtected) throw new CoreError('bad-input', { file: '', kind: 'template-workbook-protected' });
  const taken = names.find((name) => info.hasSheet(name));
  if (taken) throw new CoreError('bad-input', { file: '', kind: 'template-sheet-exists', sheet: taken });
  const validate = session.supports('1.8');

  const writer = new RequestWriter(session);
  try {
    for (const [i, template] of templates.entries()) {
      await writeReturnSheet(writer, template, names[i], session, { validate, password: options.password });
    }
    await writer.finish(info.enableEvents);
  } catch (e) {
    await writer.recover(info.enableEvents);
    throw e;
  }
  return { sheets: names, validationSkipped: !validate };
}

/** addReturnSheetsIn in a counted session; Excel's cell-edit-mode refusal becomes a localized CoreError. */
export async function addReturnSheets(context: Excel.RequestContext, templates: ReturnTemplate[], options: AddReturnSheetsOptions = {}): Promise<AddReturnSheetsResult> {
  const session = new OfficeSession(context, options.isSetSupported ?? officeSupports);
  try {
    return await addReturnSheetsIn(session, templates, options);
  } catch (e) {
    throw translateOfficeError(e);
  } finally {
    options.onStats?.({ ...session.stats });
  }
}
