// The notes of a line that are not part of any target: responsibility blocks (`(牵头单位:…)`,
// `(A、B分别牵头)`, `。责任单位:…` at the end of the line) and property notes (`(约束性指标)`). Each is found with its
// position, and masked out of the text the targets are read from (same length, so positions hold).
import { TRAILING_BLOCK, parseDepartmentBlock, type Departments } from './departments';

export type Property = '约束性' | '参考性' | '指导性' | '预期性';

export interface Block {
  start: number;
  end: number;
  departments?: Departments;
  property?: Property;
}

/** Top-level parenthesised groups of a line (nested ones belong to their outer group). */
function groups(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1 });
    }
  }
  return out;
}

const PROPERTY = /^(约束性|参考性|指导性|预期性)(指标)?$/;

export function findBlocks(text: string): Block[] {
  const out: Block[] = [];
  for (const g of groups(text)) {
    const content = text.slice(g.start + 1, g.end - 1).trim();
    const property = PROPERTY.exec(content);
    if (property) {
      out.push({ ...g, property: property[1] as Property });
      continue;
    }
    const departments = parseDepartmentBlock(content);
    if (departments && (departments.lead.length > 0 || departments.coop.length > 0)) out.push({ ...g, departments });
  }
  const trailing = TRAILING_BLOCK.exec(text);
  if (trailing && !out.some((b) => b.end > trailing.index)) {
    const departments = parseDepartmentBlock(trailing[0]);
    if (departments && departments.lead.length > 0) out.push({ start: trailing.index, end: text.length, departments });
  }
  return out;
}

/** The text with the blocks blanked out (spaces), so targets are read without them. */
export function maskBlocks(text: string, blocks: Block[]): string {
  let s = text;
  for (const b of blocks) s = s.slice(0, b.start) + ' '.repeat(b.end - b.start) + s.slice(b.end);
  return s;
}
