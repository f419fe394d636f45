// Targets as the plans write them (DESIGN §3, "Targets"): `≥80%`, `不低于80`, `95%以上`, `控制在35以内`,
// `60~80`, `不降低`, `达到考核要求`, `市≥95;县≥85`, `≥80,且无危险废物排放`, `高于全省平均水平`.
import type { Comparator, Threshold } from '../types';
import { normalizeText } from '../text';
import { formatNumber } from '../format';
import { asksForAbsence } from './answers';

type Op = Comparator;

/** Words before a number, longest first so that 不低于 is not read as 低于. */
const PREFIX_OPS: [string, Op | 'level' | 'cap'][] = (
  [
    ['大于或等于', '>='], ['大于等于', '>='], ['高于或等于', '>='], ['达到或超过', '>='], ['不低于', '>='], ['不少于', '>='],
    ['不小于', '>='], ['至少', '>='], ['≥', '>='], ['>=', '>='], ['=>', '>='],
    ['小于或等于', '<='], ['小于等于', '<='], ['低于或等于', '<='], ['不高于', '<='], ['不超过', '<='], ['不大于', '<='],
    ['不多于', '<='], ['最多', '<='], ['≤', '<='], ['<=', '<='], ['=<', '<='],
    ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'], ['>', '>'],
    ['小于', '<'], ['低于', '<'], ['少于', '<'], ['<', '<'],
    ['等于', '='], ['=', '='],
    ['控制在', 'cap'], ['控制到', 'cap'], ['下降到', 'cap'], ['降低到', 'cap'], ['降至', 'cap'], ['减少到', 'cap'],
    ['达到', 'level'], ['达', 'level'], ['实现', 'level'], ['保持在', 'level'], ['保持', 'level'], ['稳定在', 'level'],
    ['提高到', 'level'], ['提高至', 'level'], ['提升到', 'level'], ['提升至', 'level'], ['增加到', 'level'], ['增长到', 'level'],
    ['为', 'level'], ['在', 'level'],
  ] as [string, Op | 'level' | 'cap'][]
).sort((a, b) => b[0].length - a[0].length);

/** A change by at least x (下降15%, 提高5个百分点): the value reported is the change itself. */
const CHANGE_WORDS = /(下降|降低|减少|削减|提高|提升|增长|增加)$/;

/** Words after a number (and its unit). */
const SUFFIX_OPS: [string, Op][] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
];

const PROPERTY_NOTE = /[((][^()()]*(约束|参考|指导|预期)[^()()]*[))]/g;
const YEAR_MENTION = /(到|至|截至|截止)?\d{4}\s*年?\s*[-~至到]\s*\d{4}\s*年|(到|至|截至|截止|于)?(19|20)\d{2}\s*年(底|末|前|以前|内|度)?/g;
const NUMBER = /[+-]?\d+(?:,\d{3})*(?:\.\d+)?/g;
const RANGE_JOIN = /^\s*(%?)\s*(~|～|〜|-|—|–|至|到)\s*([+-]?\d+(?:\.\d+)?)/;
const STOPS = /及以上|以上|及以下|以下|以内|之内|左右|[,;、()]|且|并|或|同时|和/;
const TREND_WORDS: [RegExp, Exclude<Op, '='>][] = [
  [/不降低|不下降|不减少|不退化|保持稳定|总体稳定|只增不减|稳中有升|不低于上年|不低于基准/, '>='],
  [/不增加|不上升|不升高|不增长|只减不增|不高于上年|不超过上年/, '<='],
  [/高于上年|逐年提高|逐年上升|逐年增加|逐年增长|持续提高|持续上升|持续增加|持续增长|稳步提高|稳步提升|有所提高|有所提升/, '>'],
  [/低于上年|逐年下降|逐年降低|逐年减少|持续下降|持续降低|持续减少|有所下降/, '<'],
];
const EXTERNAL = /平均|均值|水平/;
const REGION_PART = /^([\p{L}()]{1,8}?):?((?:≥|≤|>=|<=|>|<|=|不低于|不少于|不高于|不超过|达到)?[+-]?\d[^<>≤≥=]*)$/u;

/** The normalised text every step works on: half-width, Simplified, one comparator spelling, no spaces. */
function clean(text: string): string {
  return normalizeText(text)
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/[;;]/g, ';')
    .replace(/[,,]/g, ',')
    .replace(/[::]/g, ':')
    .replace(/[((]/g, '(')
    .replace(/[))]/g, ')')
    .replace(/\s+/g, '');
}

function stripNoise(s: string): string {
  return s.replace(PROPERTY_NOTE, '').replace(YEAR_MENTION, '').replace(/^[,;、:.。]+|[,;、:.。]+$/g, '');
}

function prefixOp(prefix: string): { op: Op | 'level' | 'cap' | 'change' | null; word: string } {
  for (const [word, op] of PREFIX_OPS) if (prefix.endsWith(word)) return { op, word };
  if (CHANGE_WORDS.test(prefix)) return { op: 'change', word: '' };
  return { op: null, word: '' };
}

interface NumberAt {
  index: number;
  text: string;
  value: number;
}

function numbersIn(s: string): NumberAt[] {
  const out: NumberAt[] = [];
  for (const m of s.matchAll(NUMBER)) {
    // A sign glued to a preceding digit or letter is a joiner (60-80, PM2.5-…), not a sign.
    let text = m[0];
    let index = m.index ?? 0;
    if (/^[+-]/.test(text) && index > 0 && /[\d\w%]/.test(s[index - 1])) {
      text = text.slice(1);
      index += 1;
    }
    const value = Number(text.replace(/,/g, ''));
    out.push({ index, text, value: value === 0 ? 0 : value });
  }
  return out;
}

/** Text that can be a unit: short, starting with a letter, with no comparator or sentence punctuation in it. */
function isUnit(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 12 &&
    /^[\p{L}°℃‰]/u.test(text) &&
    !/\d/.test(text.replace(/[a-z]\d+/gi, '')) &&
    !/[<>≤≥=~:.。!?'"`]$|[<>≤≥=~]/.test(text)
  );
}

/** The unit right after a number, the suffix word after it, and what is left after both. */
function readTail(after: string): { unit?: string; suffix?: Op; rest: string } {
  let s = after;
  let unit: string | undefined;
  if (s.startsWith('%')) {
    unit = '%';
    s = s.slice(1);
  } else {
    const stop = STOPS.exec(s);
    const candidate = stop ? s.slice(0, stop.index) : s;
    if (isUnit(candidate)) {
      unit = candidate;
      s = s.slice(candidate.length);
    }
  }
  let suffix: Op | undefined;
  for (const [word, op] of SUFFIX_OPS) {
    if (s.startsWith(word)) {
      suffix = op;
      s = s.slice(word.length);
      break;
    }
  }
  s = s.replace(/^(左右|\(含\)|\(含本数\))/, '');
  return { ...(unit ? { unit } : {}), ...(suffix ? { suffix } : {}), rest: s };
}

/** Text left after the number that is a condition of its own (`且无危险废物排放`). */
function extraOf(rest: string): string | undefined {
  const s = rest
    .replace(/\([^()]*\)/g, '')
    .replace(/^[,;、:.。)]+/, '')
    .replace(/[,;、:.。(]+$/, '');
  return /[\u4e00-\u9fff]/.test(s) ? s : undefined;
}

function numericThreshold(s: string): Threshold | null {
  const numbers = numbersIn(s);
  if (numbers.length === 0) return null;
  // The number the target is about: the first one with a comparator before it or a suffix after it.
  const chosen =
    numbers.find((n) => {
      const { op } = prefixOp(s.slice(0, n.index));
      return (op !== null && op !== 'level') || readTail(s.slice(n.index + n.text.length)).suffix !== undefined;
    }) ?? numbers.find((n) => prefixOp(s.slice(0, n.index)).op !== null) ?? numbers[0];
  const prefix = s.slice(0, chosen.index);
  const after = s.slice(chosen.index + chosen.text.length);
  const { op: before } = prefixOp(prefix);

  const range = RANGE_JOIN.exec(after);
  if (range && (before === null || before === 'level' || before === 'cap')) {
    const max = Number(range[3]) || 0;
    const tail = readTail(after.slice(range[0].length));
    const unit = range[1] === '%' ? '%' : tail.unit;
    if (max >= chosen.value) return { kind: 'range', min: chosen.value, max, ...(unit ? { unit } : {}) };
  }

  const tail = readTail(after);
  const unit = tail.unit;
  const withUnit = unit ? { unit } : {};
  let op: Op | null = null;
  if (before === 'change') op = '>=';
  else if (before === 'cap') op = tail.suffix ?? '<=';
  else if (before === 'level' || before === null) op = tail.suffix ?? null;
  else op = before;

  if (op === null) {
    // A number inside a sentence (全面执行65%节能标准) is part of a qualitative requirement.
    if (/[\u4e00-\u9fff]{2,}/.test(prefix.replace(/^(确保|力争|争取|全面|基本)+/, '')) && extraOf(tail.rest)) return null;
    if (chosen.value === 100 && unit === '%') {
      const extra = extraOf(tail.rest);
      return { kind: 'compare', op: '=', value: 100, unit: '%', ...(extra ? { extra } : {}) };
    }
    return { kind: 'bare', value: chosen.value, ...withUnit };
  }
  const extra = extraOf(tail.rest);
  return { kind: 'compare', op, value: chosen.value, ...withUnit, ...(extra ? { extra } : {}) };
}

function regionalThreshold(s: string): Threshold | null {
  const pieces = s.split(/[;,、]/).filter((p) => p.length > 0);
  if (pieces.length < 2) return null;
  const parts: { region: string; threshold: Threshold }[] = [];
  for (const piece of pieces) {
    const m = REGION_PART.exec(piece);
    if (!m) return null;
    const threshold = numericThreshold(m[2]);
    if (!threshold || threshold.kind === 'regional') return null;
    if (threshold.kind === 'compare' && threshold.extra) return null;
    parts.push({ region: m[1], threshold });
  }
  return { kind: 'regional', parts };
}

function wordThreshold(s: string): Threshold {
  if (EXTERNAL.test(s) && !/上年|去年|上一年|基准年|基期/.test(s)) {
    const op = externalOp(s);
    if (op) return { kind: 'external', op, text: s };
  }
  // A trend word inside a longer requirement (水质达到功能区标准,断面水质不降低) is part of a qualitative target.
  for (const [pattern, op] of TREND_WORDS) {
    const m = pattern.exec(s);
    if (m && s.length - m[0].length <= 8) return { kind: 'trend', op, text: s };
  }
  return { kind: 'qualitative', text: s, absence: asksForAbsence(s) };
}

function externalOp(s: string): Exclude<Op, '='> | null {
  if (/不低于|不少于|达到|不小于/.test(s)) return '>=';
  if (/不高于|不超过|不大于/.test(s)) return '<=';
  if (/高于|超过|大于|优于/.test(s)) return '>';
  if (/低于|小于|少于/.test(s)) return '<';
  return null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// A workbook repeats the same few dozen targets on every row; parse each text once.
const parsed = new Map<string, Threshold | null>();

/** Parses a target; null for an empty one. Never throws. The result is frozen and shared. */
export function parseThreshold(text: string | null | undefined): Threshold | null {
  if (text === null || text === undefined) return null;
  const key = String(text);
  const hit = parsed.get(key);
  if (hit !== undefined) return hit;
  if (parsed.size > 10000) parsed.clear();
  const threshold = deepFreeze(parseUncached(key));
  parsed.set(key, threshold);
  return threshold;
}

function parseUncached(text: string): Threshold | null {
  const full = clean(text);
  if (!full) return null;
  const s = stripNoise(full);
  if (!s) return { kind: 'qualitative', text: full, absence: asksForAbsence(full) };
  const regional = regionalThreshold(s);
  if (regional) return regional;
  if (!/\d/.test(s)) return wordThreshold(s);
  return numericThreshold(s) ?? wordThreshold(s);
}

/** Every digit of the number, as it was written (no rounding: the text must parse back to it). */
function plain(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? formatNumber(n, 12) : text;
}

const SYMBOLS: Record<Op, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** The threshold written the way the catalogs write it; parsing the result gives the threshold back. */
export function formatThreshold(threshold: Threshold): string {
  switch (threshold.kind) {
    case 'compare': {
      const unit = threshold.unit ?? '';
      const main =
        threshold.op === '=' && threshold.value === 100 && unit === '%'
          ? '100%'
          : `${SYMBOLS[threshold.op]}${plain(threshold.value)}${unit}`;
      // A comma before a digit would read as a thousands separator.
      if (!threshold.extra) return main;
      return `${main}${/^\d/.test(threshold.extra) ? ';' : ','}${threshold.extra}`;
    }
    case 'range':
      return `${plain(threshold.min)}~${plain(threshold.max)}${threshold.unit ?? ''}`;
    case 'bare':
      return `${plain(threshold.value)}${threshold.unit ?? ''}`;
    case 'regional':
      return threshold.parts.map((p) => `${p.region}${formatThreshold(p.threshold)}`).join(';');
    default:
      return threshold.text;
  }
}
