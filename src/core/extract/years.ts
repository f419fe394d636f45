// The year a target is set for: a `到2020年` (or `2018年`, `到2022年底`) governs the rest of its
// paragraph until the next one takes over; a baseline (`在2015年基础上`, `比2017年`, `较2021年`), a date
// (`2019年2月22日`), a period (`2021-2025年`) or a `2022年度` is never a target year. Hand-written.

export interface YearMark {
  /** Position (in the line) from which the year governs. */
  at: number;
  year: number;
}

const YEAR = /((?:19|20)\d{2})\s*年/g;

/** The years that govern parts of one line, in order of position. */
export function governingYears(text: string): YearMark[] {
  const out: YearMark[] = [];
  for (const m of text.matchAll(YEAR)) {
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 4), index);
    const after = text.slice(index + m[0].length, index + m[0].length + 6);
    if (/^\s*(\d{1,2}\s*月|度|以来|起|开始|相比|同期|水平|的?基础)/.test(after)) continue;
    if (/(比|较|相比|同比|与|对比|自|从|\d|[-~—–至])\s*$/.test(before)) continue;
    if (/^\s*[-~—–至]\s*(19|20)\d{2}/.test(after)) continue;
    out.push({ at: index, year: Number(m[1]) });
  }
  return out;
}

/** The year governing position `at` of the line, or null. */
export function yearAt(marks: YearMark[], at: number): number | null {
  let year: number | null = null;
  for (const mark of marks) if (mark.at <= at) year = mark.year;
  return year;
}
