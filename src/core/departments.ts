// Department lists and indicator properties as the workbooks write them.
import { normalizeText } from './text';

export function splitDepartments(text: string | undefined | null): string[] {
  if (!text) return [];
  return normalizeText(text)
    .split(/[、,;;/\n]|\s{1,}|和(?=[市县区省])/)
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
