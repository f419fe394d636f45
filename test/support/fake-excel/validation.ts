// Data validation (Range.dataValidation, ExcelApi 1.8) and cell protection (RangeFormat.protection,
// ExcelApi 1.2), as Office.js has them.
import { FakeOfficeError } from './errors';
import { FakeClientObject } from './client';
import type { CellsTarget } from './format';
import { uniform, writeEachCell } from './format';
import type { FakeCell, FakeDataValidation as ValidationState } from './state';

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];
/** Excel's limits on the input message and the error alert. */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

function invalid(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what}.`);
}

/** A rule has exactly one kind; a basic rule needs an operator and its formulas, a list its source. */
function checkedRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== 'object') throw invalid('dataValidation.rule');
  const kinds = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (kinds.length !== 1 || !RULE_TYPES[kinds[0][0]]) throw invalid('dataValidation.rule must have exactly one rule type');
  const [kind, body] = kinds[0] as [string, Record<string, unknown>];
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '') throw invalid('list rule without a source');
  } else if (kind === 'custom') {
    if (typeof body.formula !== 'string') throw invalid('custom rule without a formula');
  } else {
    if (!OPERATORS.includes(String(body.operator))) throw invalid(`operator '${String(body.operator)}'`);
    if (body.formula1 === undefined) throw invalid('formula1 is missing');
    const twoFormulas = body.operator === 'Between' || body.operator === 'NotBetween';
    if (twoFormulas && body.formula2 === undefined) throw invalid('formula2 is missing for Between');
  }
  return structuredClone(rule as Record<string, unknown>);
}

function checkedText(value: unknown, max: number, what: string): void {
  if (value !== undefined && (typeof value !== 'string' || value.length > max)) throw invalid(`${what} longer than ${max} characters`);
}

function typeOf(v: ValidationState | undefined): string {
  if (!v?.rule) return 'None';
  const kind = Object.keys(v.rule).find((k) => (v.rule as Record<string, unknown>)[k] != null);
  return kind ? RULE_TYPES[kind] : 'None';
}

const NO_PROMPT = { showPrompt: false, title: '', message: '' };
const DEFAULT_ALERT = { showAlert: true, style: 'Stop', title: '', message: '' };

/** What several cells report: the same value when they agree, else null (a single cell always agrees). */
function agreed<V>(target: CellsTarget, read: (cell: FakeCell | undefined) => V): V | null {
  const json = uniform(target, (cell) => JSON.stringify(read(cell) ?? null));
  return json === null ? null : (JSON.parse(json) as V);
}

export class FakeDataValidation extends FakeClientObject<CellsTarget> {
  protected _readers() {
    return {
      type: (t: CellsTarget) => uniform(t, (c) => typeOf(c?.dataValidation)) ?? 'MixedCriteria',
      rule: (t: CellsTarget) => agreed(t, (c) => c?.dataValidation?.rule ?? {}),
      prompt: (t: CellsTarget) => agreed(t, (c) => ({ ...NO_PROMPT, ...c?.dataValidation?.prompt })),
      errorAlert: (t: CellsTarget) => agreed(t, (c) => ({ ...DEFAULT_ALERT, ...c?.dataValidation?.errorAlert })),
      ignoreBlanks: (t: CellsTarget) => uniform(t, (c) => c?.dataValidation?.ignoreBlanks ?? true),
    };
  }

  protected override _api(): string {
    return '1.8';
  }

  private set(name: keyof ValidationState, value: unknown, check: () => void): void {
    this._write(name, value, (t) => {
      check();
      writeEachCell(t, `dataValidation/${name}`, (cell) => {
        cell.dataValidation = { ...cell.dataValidation, [name]: structuredClone(value) };
      });
    });
  }

  get type(): string {
    return this._get('type') as string;
  }

  get rule(): Excel.DataValidationRule {
    return this._get('rule') as Excel.DataValidationRule;
  }
  set rule(value: Excel.DataValidationRule) {
    this.set('rule', value, () => checkedRule(value));
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._get('prompt') as Excel.DataValidationPrompt;
  }
  set prompt(value: Excel.DataValidationPrompt) {
    this.set('prompt', value, () => {
      checkedText(value?.title, TITLE_MAX, 'prompt.title');
      checkedText(value?.message, PROMPT_MAX, 'prompt.message');
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get('errorAlert') as Excel.DataValidationErrorAlert;
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.set('errorAlert', value, () => {
      if (value?.style !== undefined && !ALERT_STYLES.includes(value.style)) throw invalid(`errorAlert.style '${String(value.style)}'`);
      checkedText(value?.title, TITLE_MAX, 'errorAlert.title');
      checkedText(value?.message, ERROR_MAX, 'errorAlert.message');
    });
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks') as boolean;
  }
  set ignoreBlanks(value: boolean) {
    this.set('ignoreBlanks', value, () => undefined);
  }

  clear(): void {
    this._call('clear', [], (t) => writeEachCell(t, 'dataValidation/clear', (cell) => delete cell.dataValidation));
  }
}

export class FakeFormatProtection extends FakeClientObject<CellsTarget> {
  protected _readers() {
    return {
      locked: (t: CellsTarget) => uniform(t, (c) => c?.locked ?? true),
      formulaHidden: (t: CellsTarget) => uniform(t, (c) => c?.formulaHidden ?? false),
    };
  }

  protected override _api(): string {
    return '1.2';
  }

  get locked(): boolean {
    return this._get('locked') as boolean;
  }
  set locked(value: boolean) {
    this._write('locked', value, (t) => writeEachCell(t, 'format/protection/locked', (cell) => (cell.locked = !!value)));
  }

  get formulaHidden(): boolean {
    return this._get('formulaHidden') as boolean;
  }
  set formulaHidden(value: boolean) {
    this._write('formulaHidden', value, (t) => writeEachCell(t, 'format/protection/formulaHidden', (cell) => (cell.formulaHidden = !!value)));
  }
}
