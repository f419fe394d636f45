// What makes an extracted indicator doubtful, in the words the draft's note uses (Simplified Chinese,
// the catalog's language) and in English for the command line and the pane when they speak English.
import type { Lang } from '../types';

export const DOUBT = {
  qualifier: (q: string) => `目标中有限定语"${q}"`,
  valueInName: '目标值写在名称之中',
  taskCount: '按"完成若干个"读出的数量目标',
  valueInNote: '目标值取自括号中的说明',
  nameFromContext: '名称取自上文',
  partName: '"其中"后的名称由上文补全',
  respectively: (n: number) => `"分别"后有${n}个数值,名称未能对应`,
  requirement: '没有数值的要求,请核对名称和要求',
  differs: (target: string) => `与前文同名指标(${target})的目标不同`,
  unparsed: '目标未能读成数值比较',
  noLead: '未找到牵头单位',
  nameShort: '名称过短',
  nameLong: '名称较长,请核对',
  directionAssumed: '方向未写明,按越高越好',
  chineseNumeral: (written: string) => `数量由汉字"${written}"读出`,
} as const;

/** The doubts that make an indicator low-confidence; the others make it medium. */
export const LOW_DOUBT = /名称取自上文|名称未能对应|未能读成数值|目标不同|名称过短/;

const ENGLISH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^目标中有限定语"(.*)"$/, (m) => `the target carries a qualifier ("${m[1]}")`],
  [/^目标值写在名称之中$/, () => 'the value is written inside the name'],
  [/^按"完成若干个"读出的数量目标$/, () => 'read as a count of things to do'],
  [/^目标值取自括号中的说明$/, () => 'the value comes from a note in parentheses'],
  [/^名称取自上文$/, () => 'the name is taken from the text before'],
  [/^"其中"后的名称由上文补全$/, () => 'the name after 其中 is completed from the text before'],
  [/^"分别"后有(\d+)个数值,名称未能对应$/, (m) => `${m[1]} values after 分别 could not be matched to names`],
  [/^没有数值的要求,请核对名称和要求$/, () => 'a requirement without a number: check its name and wording'],
  [/^与前文同名指标\((.*)\)的目标不同$/, (m) => `differs from the target of the same name before (${m[1]})`],
  [/^目标未能读成数值比较$/, () => 'the target could not be read as a numeric comparison'],
  [/^未找到牵头单位$/, () => 'no lead department found'],
  [/^名称过短$/, () => 'the name is very short'],
  [/^名称较长,请核对$/, () => 'the name is long: check where it starts'],
  [/^方向未写明,按越高越好$/, () => 'the direction is not stated; taken as higher is better'],
  [/^数量由汉字"(.*)"读出$/, (m) => `the count is read from Chinese numerals (${m[1]})`],
];

/** A doubt in the user's language. */
export function doubtText(doubt: string, lang: Lang): string {
  if (lang !== 'en') return doubt;
  for (const [pattern, say] of ENGLISH) {
    const m = pattern.exec(doubt);
    if (m) return say(m);
  }
  return doubt;
}
