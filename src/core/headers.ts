// The words indicator tables put in their header cells, and what one header cell says about its column.
import type { ColumnRole, RawValue } from './types';
import { normalizeText } from './text';

/** Header words per role, in normalised form (half-width, Simplified, no spaces or punctuation). */
const VOCABULARY: Record<ColumnRole, string[]> = {
  name: ['指标名称', '指标', '考核指标', '指标项', '具体指标', '建设指标', '指标内容', '指标名'],
  seq: ['序号', '编号'],
  unit: ['单位', '计量单位', '指标单位'],
  target: [
    '目标值', '指标值', '标准值', '考核要求', '目标', '考核目标', '指标要求', '目标要求', '规划目标', '考核标准', '建设标准',
  ],
  value: [
    '现状值', '完成值', '实际值', '实际完成', '监测值', '现状', '完成数', '实现值', '自评值', '当前值', '数值', '填报值',
  ],
  previous: ['上年值', '基准值', '上年', '基期值', '上年完成值'],
  property: ['指标属性', '属性', '指标类型', '性质'],
  category: ['领域', '类别', '分类', '任务', '系统', '重点领域'],
  lead: ['牵头单位', '责任单位', '主责单位', '牵头部门', '责任部门', '牵头责任单位'],
  coop: ['配合单位', '协办单位', '参与单位', '配合部门', '协同单位'],
  status: ['达标情况', '是否达标', '完成情况', '达标状态', '评价结果'],
  note: ['备注', '说明', '上报说明'],
};

/**
 * 类型 is used for both the property (约束性/预期性) and the category (生态经济…). The header alone
 * cannot tell; the table finder decides from the column's cells (see `looksLikeProperty`).
 */
const PROPERTY_OR_CATEGORY = '类型';

/** 完成情况 alone is the status column; as a group over year cells it holds the values of those years. */
const VALUE_GROUPS_OF_OTHER_ROLES = new Set(['完成情况', '指标值']);

export type HeaderMeaning =
  | {
      kind: 'role';
      role: ColumnRole;
      /** 类型: the property or the category, decided by the column's cells. */
      orCategory?: true;
      /**
       * What year cells under this cell (as a merged group) are: year columns of values ('year'), or
       * one column of this role per year (目标值 over 2020年 | 2025年 are targets, not values).
       */
      yearsBelow: 'year' | 'target' | 'status';
    }
  | { kind: 'year'; year: number };

const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(VOCABULARY) as [ColumnRole, string[]][]) {
  for (const word of words) ROLE_OF.set(word, role);
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
/** Header cells are short; longer text is a title or a note, never a column's label. */
const MAX_HEADER_LENGTH = 40;

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

/**
 * The comparable form of a header: normalised, bracketed parts dropped unless they hold a year
 * (`现状值(%)` → `现状值`, `现状值(2017年)` → `现状值2017年`), then spaces and punctuation removed.
 */
export function headerKey(text: string): string {
  return normalizeText(text)
    .replace(/[(\[【〔]([^)\]】〕]*)[)\]】〕]/g, (_, inner: string) => (/\d{4}/.test(inner) ? inner : ''))
    .replace(/[\s()\[\]【】〔〕:;,.、。!?'"“”‘’《》<>〈〉「」『』*#%~_\-—–/\\|·•]+/g, '');
}

function roleMeaning(key: string): HeaderMeaning | null {
  if (key === PROPERTY_OR_CATEGORY) return { kind: 'role', role: 'property', orCategory: true, yearsBelow: 'year' };
  const role = ROLE_OF.get(key);
  if (!role) return null;
  let yearsBelow: 'year' | 'target' | 'status' = 'year';
  if ((role === 'target' || role === 'status') && !VALUE_GROUPS_OF_OTHER_ROLES.has(key)) yearsBelow = role;
  return { kind: 'role', role, yearsBelow };
}

const YEAR_IN_KEY = /^(.*?)(?<!\d)(\d{4})(?!\d)(?:年度|年底|年末|年)?(.*)$/;

/** `2022年`, `2022年现状值`, `现状值2017年`: a year column; `目标值2020年`: still the target. */
function meaningWithYear(key: string): HeaderMeaning | null {
  const m = YEAR_IN_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[2]);
  if (!isYear(year)) return null;
  const rest = m[1] + m[3];
  if (rest === '') return { kind: 'year', year };
  const meaning = roleMeaning(rest);
  if (!meaning || meaning.kind !== 'role') return null;
  if (meaning.role === 'value' || rest === '完成情况') return { kind: 'year', year };
  return meaning;
}

const cache = new Map<string, HeaderMeaning | null>();

function classifyText(text: string): HeaderMeaning | null {
  if (text.length > MAX_HEADER_LENGTH) return null;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const key = headerKey(text);
  const meaning = key === '' ? null : (roleMeaning(key) ?? meaningWithYear(key));
  if (cache.size > 10000) cache.clear();
  cache.set(text, meaning);
  return meaning;
}

/** What a header cell says about its column: a role, a year (a year column), or nothing. */
export function classifyHeader(value: RawValue): HeaderMeaning | null {
  if (typeof value === 'number') return isYear(value) ? { kind: 'year', year: value } : null;
  if (typeof value === 'string') return classifyText(value);
  return null;
}

/**
 * A cheap test that a cell may be the name header: every name word contains 指标 (指標), possibly
 * spaced out (`指 标 名 称`). Lets the finder skip the normalisation of nearly every data cell.
 */
export function mayBeNameHeader(value: RawValue): boolean {
  return (
    typeof value === 'string' && value.length <= MAX_HEADER_LENGTH && value.includes('指') && /指[\s\u3000]*[标標]/.test(value)
  );
}

export function isNameHeader(value: RawValue): boolean {
  if (!mayBeNameHeader(value)) return false;
  const meaning = classifyHeader(value);
  return meaning?.kind === 'role' && meaning.role === 'name';
}

/** A cell of a property column: 约束性, 预期性指标, 參考性 … */
export function looksLikeProperty(value: RawValue): boolean {
  return typeof value === 'string' && /^(约束|预期|参考|指导|引导)性?(指标)?$/.test(headerKey(value));
}
