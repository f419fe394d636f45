// Targets without a number: `土壤环境质量不降低且达到考核要求`, `重、特大突发环境事件未发生`,
// `建立生态环境损害责任追究制度`, `确保…完成上级管控目标`, `黑臭水体基本消除`. Read only where a plan
// states targets (the first sentence of a numbered item, a ——X。 paragraph, a sentence that also holds
// a numeric target, a 确保 clause), never from its prose at large. Hand-written, like targets.ts.
import type { FoundTarget } from './targets';
import { cleanName, splitNames } from './names';
import { DOUBT } from './doubts';

/** A requirement after the name (X不降低, X达到考核要求, X基本消除). */
const AFTER_NAME = new RegExp(
  [
    '(?:不降低|不下降|不减少)且达到[^,;。]{0,12}(?:要求|标准)',
    '达到(?!或)[^,;。、]{0,14}(?:要求|标准|目标|水平)',
    '完成[^,;。]{0,18}(?:目标|任务|计划)',
    '(?:不降低|不下降|不减少|不增加|不改变|保持稳定|稳中向好|逐步降低|逐年下降|进一步下降|持续改善)',
    '(?:未发生|基本消除|全部消除|彻底消除|全覆盖|全面达标|稳定达标|划定并遵守|严格遵守)',
    '建立$',
  ].join('|'),
);

/** A requirement before the name (基本消除X, 建立X制度, 无X发生). */
const BEFORE_NAME = /^(基本消除|全面消除|消除|杜绝|建立健全|建立|无|没有)(.+?)(发生)?$/;
const BUILT = /(制度|体系|机制|名录|台账|平台)$/;

export interface RequirementContext {
  /** Ranges of the line (start, end) where targets are stated. */
  ranges: [number, number][];
  /** Where the numeric targets of the line are: their clauses are not read again. */
  taken: [number, number][];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** The ranges of a line where it states targets (see the file's first comment). */
export function statedRanges(text: string, numeric: FoundTarget[]): [number, number][] {
  const out: [number, number][] = [];
  const sentences = [...text.matchAll(/[^。;!?]+/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as [number, number]);
  if (/^\s*\d{1,2}\s*[.、.]/.test(text) && sentences[0]) out.push(sentences[0]);
  if (/^\s*——/.test(text)) out.push([0, text.length]);
  for (const s of sentences) if (numeric.some((t) => t.at >= s[0] && t.at < s[1])) out.push(s);
  for (const m of text.matchAll(/确保[^,;。]+/g)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** A name that is a task, a place or a body rather than an indicator (开展…行动, 隆阳区、龙陵县, …并). */
const NOT_A_NAME = /^(完成|开展|实施|推进|加强|落实|组织|制定|制订|编制|迎接|对|在)|[并且和及或的]$|(县|区|市|镇|乡|局|委|办|政府|党委|单位|部门)$/;

function requirementOf(clause: string): { name: string; target: string } | null {
  const body = clause.replace(/^\s*(\d{1,2}\s*[.、.]|——[^。]{1,24}。)\s*/, '').replace(/^(确保|力争|争取)/, '');
  const after = AFTER_NAME.exec(body);
  if (after && after.index > 0) {
    const name = cleanName(body.slice(0, after.index));
    if (name.length >= 2 && !NOT_A_NAME.test(name)) return { name, target: body.slice(after.index).trim() };
  }
  const before = BEFORE_NAME.exec(body.trim());
  if (before) {
    const name = cleanName(before[2]);
    const isBuilt = /^建立/.test(before[1]);
    if (name.length >= 2 && !NOT_A_NAME.test(name) && (!isBuilt || BUILT.test(name))) return { name, target: isBuilt ? before[1] : before[3] ? `未发生` : before[1] };
  }
  return null;
}

/** The requirements of one line (`text` normalised with its blocks masked). */
export function findRequirements(text: string, context: RequirementContext): FoundTarget[] {
  const out: FoundTarget[] = [];
  const seen = new Set<number>();
  for (const [from, to] of context.ranges) {
    const re = /[^,;。]+/g;
    const part = text.slice(from, to);
    for (const m of part.matchAll(re)) {
      const start = from + (m.index ?? 0);
      const end = start + m[0].length;
      if (seen.has(start) || context.taken.some((t) => overlaps(t, [start, end]))) continue;
      seen.add(start);
      const found = requirementOf(m[0]);
      if (!found || found.name.length > 40 || /\d+(\.\d+)?\s*(%|个|家|吨)/.test(found.name)) continue;
      const names = splitNames(found.name, 0, true) ?? [found.name];
      const lead = /^\s*/.exec(m[0])![0].length;
      for (const name of names) {
        out.push({ name, target: found.target, unit: null, change: null, start: start + lead, end, at: start + lead, doubts: [DOUBT.requirement], task: false, requirement: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
