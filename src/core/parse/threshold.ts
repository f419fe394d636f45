// Targets as the plans write them (DESIGN §3, "Targets"): `≥80%`, `不低于80`, `95%以上`, `控制在35以内`,
// `60~80`, `不降低`, `达到考核要求`, `市≥95;县≥85`, `≥95%(城市);≥85%(县)`, parts on separate lines,
// `≥80,且无危险废物排放`, `高于全省平均水平`, `不低于2015年水平`, changes (`较2021年增加800万吨`).
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

/** A change by x (下降15%, 提高5个百分点, 年均增长不超过2.6%): never a level. */
const CHANGE_WORDS = /(下降|降低|减少|削减|压减|提高|提升|增长|增加|上升)$/;
const DOWN_WORDS = /(下降|降低|减少|削减|压减)$/;
/** The baseline's year a change or an outside figure names: 较2021年, 在2015年基础上, 比2020年. */
const BASE_YEAR = /(?:较|比|相比|相对于?|在|以|与)((?:19|20)\d{2})年(?:底|末)?(?:的)?(?:基础上|水平|相比)?/;

/** Words after a number (and its unit). */
const SUFFIX_OPS: [string, Op][] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
];

const PROPERTY_NOTE = /[((][^()()]*(约束|参考|指导|预期)[^()()]*[))]/g;
const YEAR_MENTION = /(到|至|截至|截止)?\d{4}\s*年?\s*[-~至到]\s*\d{4}\s*年|(到|至|截至|截止|(?<![低高少多小大过])于)?(19|20)\d{2}\s*年(底|末|前|以前|内|度)?/g;
const NUMBER = /[+-]?\d+(?:,\d{3})*(?:\.\d+)?/g;
const RANGE_JOIN = /^\s*(%?)\s*(~|～|〜|-|—|–|至|到)\s*([+-]?\d+(?:\.\d+)?)/;
const STOPS = /及以上|以上|及以下|以下|以内|之内|左右|[,;、()]|且|并|或|同时|和/;
const TREND_WORDS: [RegExp, Exclude<Op, '='>][] = [
  [/不降低|不下降|不减少|不退化|保持稳定|总体稳定|只增不减|稳中有升|不低于上年|不低于基准/, '>='],
  [/不增加|不上升|不升高|不增长|只减不增|不高于上年|不超过上年/, '<='],
  [/高于上年|逐年提高|逐年上升|逐年增加|逐年增长|持续提高|持续上升|持续增加|持续增长|稳步提高|稳步提升|有所提高|有所提升/, '>'],
  [/低于上年|逐年下降|逐年降低|逐年减少|持续下降|持续降低|持续减少|有所下降/, '<'],
];
/**
 * An outside figure the text names: an average (全省平均水平, 全国平均, 平均值), a year's level
 * (2015年水平), the whole province's or country's level. Not every 水平: 达到优良水平 is qualitative.
 */
const EXTERNAL_FIGURE = /平均|均值|(?:19|20)\d{2}年(?:的)?水平|全(?:国|省|市|区|县)[^,;]{0,6}水平|同期水平|基准年水平/;
const EXTERNAL_YEAR = /((?:19|20)\d{2})年(?:的)?(?:水平|基础|值)/;
const OPS = '≥|≤|>=|<=|>|<|=|不低于|不少于|不小于|不高于|不超过|不大于|大于|小于|高于|低于|达到';
/** `市≥95`, `山区:≥60`, `超、特大城市≥70`, `城区:100%`. */
const REGION_PART = new RegExp(`^([\\p{L}()、]{1,12}?)[:为]?((?:${OPS})?[+-]?\\d[^<>≤≥=]*)$`, 'u');
/** `≥95%(城市)`. */
const REGION_AFTER = new RegExp(`^((?:${OPS})?[+-]?\\d[^<>≤≥=()]*)\\(([\\p{L}、]{1,12})\\)$`, 'u');
/** A label that is a comparator's words, not a region (`不低于80;不超过90`). */
const NOT_A_LABEL = /不|低于|高于|达到|超过|小于|大于|少于|多于|控制|以上|以下|以内|确保|力争|约束|参考|指导|预期|且|并/;
/** A condition joined to all the parts of a regional target: `…西部≥60%,且不低于2015年水平`. */
const JOINED_EXTRA = /[,;]*(且.+)$/;

/** The normalised text every step works on: half-width, Simplified, one comparator spelling, no spaces. */
function clean(text: string): string {
  return normalizeText(text.replace(/[“”"‘’']/g, ''))
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

/** The change verb right before the number or its comparator (`下降`, `年均增长不超过`), if any. */
function changeVerb(prefix: string, word: string): { way: 'up' | 'down'; annual: boolean } | null {
  const before = prefix.slice(0, prefix.length - word.length);
  const m = CHANGE_WORDS.exec(before);
  if (!m) return null;
  return { way: DOWN_WORDS.test(before) ? 'down' : 'up', annual: /年均$/.test(before.slice(0, m.index)) };
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
  let unbracketed = rest;
  // Bracketed remarks, nested ones too: `(不包括水稻田)`, `(())`.
  // Each pass removes at least one pair, so this ends.
  while (/\([^()]*\)/.test(unbracketed)) unbracketed = unbracketed.replace(/\([^()]*\)/g, '');
  const s = unbracketed
    .replace(/^[,;、:.。)]+/, '')
    .replace(/[,;、:.。(]+$/, '');
  return /[\u4e00-\u9fff]/.test(s) ? s : undefined;
}

function numericThreshold(s: string, full: string = s): Threshold | null {
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
  const { op: before, word } = prefixOp(prefix);
  const change = before === 'level' || before === 'cap' ? null : changeVerb(prefix, word);
  if (change) {
    const tail = readTail(after);
    const op: Exclude<Op, '='> =
      before === '>=' || before === '<=' || before === '>' || before === '<' ? before : tail.suffix === '<=' ? '<=' : '>=';
    const baseYear = BASE_YEAR.exec(full);
    return {
      kind: 'change',
      way: change.way,
      op,
      value: Math.abs(chosen.value),
      ...(tail.unit ? { unit: tail.unit } : {}),
      ...(baseYear ? { baseYear: Number(baseYear[1]) } : {}),
      ...(change.annual ? { annual: true } : {}),
      text: full,
    };
  }

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

/** One part of a regional target: `市≥95`, `山区:≥60`, `≥95%(城市)`; null for anything else. */
export function parseRegionPart(text: string): { region: string; threshold: Threshold } | null {
  const piece = stripNoise(clean(text));
  let region: string;
  let body: string;
  const before = REGION_PART.exec(piece);
  const after = before ? null : REGION_AFTER.exec(piece);
  if (before) [, region, body] = before;
  else if (after) [, body, region] = after;
  else return null;
  if (/^\(.*\)$/.test(region)) region = region.slice(1, -1);
  if (!region || NOT_A_LABEL.test(region) || !/[\p{L}]/u.test(region)) return null;
  const threshold = numericThreshold(body);
  if (!threshold || threshold.kind === 'regional' || threshold.kind === 'change') return null;
  if (threshold.kind === 'compare' && threshold.extra) return null;
  return { region, threshold };
}

/** `市≥95;县≥85`, `≥95%(城市);≥85%(县)`, `超、特大城市≥70;大城市≥60;中小城市≥50`, one part per line. */
function regionalThreshold(lined: string): Threshold | null {
  let s = lined.replace(PROPERTY_NOTE, '');
  let extra: string | undefined;
  const joined = JOINED_EXTRA.exec(s);
  if (joined) {
    extra = joined[1].replace(/[,;、:.。]+$/, '');
    s = s.slice(0, joined.index);
  }
  // 、 separates parts only after a number or its unit (`市≥95、县≥85`), not inside a label (`超、特大城市`).
  const pieces = s.split(/[;,]|(?<=[\d%])、/).filter((p) => p.length > 0);
  if (pieces.length < 2) return null;
  const parts: { region: string; threshold: Threshold }[] = [];
  for (const piece of pieces) {
    const part = parseRegionPart(piece);
    if (!part) return null;
    parts.push(part);
  }
  return { kind: 'regional', parts, ...(extra ? { extra } : {}) };
}

/** `高于全省平均水平`, `不低于2015年水平`: relative to a figure the text names; null otherwise. */
function externalThreshold(full: string): Threshold | null {
  if (!EXTERNAL_FIGURE.test(full) || /上年|去年|上一年/.test(full)) return null;
  if (/\d/.test(stripNoise(full).replace(/pm2\.5|pm10/gi, ''))) return null;
  const op = externalOp(full);
  if (!op) return null;
  const text = full.replace(PROPERTY_NOTE, '');
  const year = EXTERNAL_YEAR.exec(text);
  return { kind: 'external', op, text, ...(year ? { year: Number(year[1]) } : {}) };
}

function wordThreshold(s: string): Threshold {
  if (EXTERNAL_FIGURE.test(s) && !/上年|去年|上一年|基准年|基期/.test(s)) {
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
  // Parts on separate lines of the cell, else parts in one line (the same text without its line breaks).
  const regional = /\d/.test(full) ? (regionalThreshold(clean(text.replace(/\s*[\r\n]+\s*/g, ';'))) ?? regionalThreshold(stripNoise(full))) : null;
  if (regional) return regional;
  const external = externalThreshold(full);
  if (external) return external;
  const s = stripNoise(full);
  if (!s) return { kind: 'qualitative', text: full, absence: asksForAbsence(full) };
  if (!/\d/.test(s)) return wordThreshold(s);
  return numericThreshold(s, full.replace(PROPERTY_NOTE, '')) ?? wordThreshold(s);
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
    case 'regional': {
      const parts = threshold.parts.map((p) => `${p.region}${formatThreshold(p.threshold)}`).join(';');
      return threshold.extra ? `${parts},${threshold.extra}` : parts;
    }
    default:
      return threshold.text;
  }
}
