// Counts written in Chinese numerals in a plan (`创建两个省级生态乡镇`, `建成十二处示范点`): their value,
// and the task targets they make after a verb that makes something. Hand-written: small numbers only
// (up to 99,999), which is what plans count this way.
import { DOUBT } from './doubts';
import type { FoundTarget } from './targets';
import { cleanName } from './names';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 两 → 2, 十二 → 12, 一百 → 100, 三千五百 → 3500; null for what is not a numeral. */
export function chineseNumber(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
      continue;
    }
    const unit = UNIT[ch];
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else section += (digit ?? 1) * unit;
    digit = null;
  }
  const value = total + section + (digit ?? 0);
  return value > 0 ? value : null;
}

const COUNT = /((?:至少|不少于)?(?:组织实施|完成|建成|建设|创建|争创|创成|培育|新增|新建|打造)|至少|不少于)([零〇一二两三四五六七八九十百千万]{1,6})(个|家|座|处|条|项|所|户|块|台|套|辆)([^,;。、]{2,30})/g;

/** The counts in Chinese numerals of one sentence of a line, at `offset` in the line. */
export function chineseCountTargets(sentence: string, offset: number): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const value = chineseNumber(m[2]);
    const name = cleanName(m[4]);
    // 打造一个…新家园: 一个 is "a", not a count.
    if (value === null || value === 1 || name.length < 2) continue;
    const start = offset + (m.index ?? 0);
    const atLeast = /至少|不少于/.test(m[1]);
    out.push({
      name,
      target: `${atLeast ? '至少' : ''}${value}${m[3]}`,
      unit: m[3],
      change: null,
      start,
      end: start + m[0].length,
      at: start + m[1].length,
      doubts: [DOUBT.taskCount, DOUBT.chineseNumeral(m[2])],
      task: true,
    });
  }
  return out;
}
