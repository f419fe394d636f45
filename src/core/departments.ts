// Department lists and indicator properties as the workbooks write them.
import { normalizeText } from './text';

const SEPARATOR = /[、,;;/\n]|\s{1,}|和(?=[市县区省])/y;

/** The text cut at every separator outside parentheses: 各县(市、区)政府 stays one department. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0) {
      SEPARATOR.lastIndex = i;
      const found = SEPARATOR.exec(text);
      if (found) {
        parts.push(text.slice(start, i));
        i += found[0].length;
        start = i;
        continue;
      }
    }
    i++;
  }
  parts.push(text.slice(start));
  return parts;
}

export function splitDepartments(text: string | undefined | null): string[] {
  if (!text) return [];
  return topLevelParts(normalizeText(text))
    .map((s) => s.replace(/按职责(分工)?(牵头|负责)?$/, '').trim())
    .filter((s) => s.length > 0);
}

/** 约束性 / 参考性 …, from whatever the cell says (约束, 约束性指标, 參考性). */
export function normalizeProperty(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = normalizeText(text);
  for (const p of ['约束', '参考', '指导', '预期']) if (s.includes(p)) return `${p}性`;
  return s || null;
}
