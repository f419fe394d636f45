// Responsibility blocks as plans write them: `(责任单位:A;配合单位:B、C)`, `(牵头单位:A、B按职责牵头)`,
// `(A、B分别牵头)`, `(A牵头)`, a line `责任单位:A,B`; lists split on 、 and , but never inside
// parentheses (`各县(市、区)政府`), and `党委、政府` after `各县(市、区)` read as 各县(市、区)政府.
// Hand-written: no maintained library reads these blocks.

export interface Departments {
  lead: string[];
  coop: string[];
}

const LEAD_LABEL = /^(责任单位|牵头单位|主责单位|负责单位|牵头部门|责任部门|主办单位)\s*[::]?\s*/;
const COOP_LABEL = /^(配合单位|协办单位|参与单位|协同单位|配合部门)\s*[::]?\s*/;
const LEAD_SUFFIX = /\s*(按职责分工|按职责|分别|共同|负责)?\s*(牵头|负责)(落实)?$/;
const COOP_SUFFIX = /\s*(配合|协助|参与)$/;
const ORG_END = /(局|委|办|部|院|室|厅|署|政府|管委会|党工委|党委|集团|中心|公司|单位|部门|分局|办公室|组织部|宣传部|统战部|法院|检察院|人大|政协|总工会|团委|妇联|协会|大队|支队)$/;
/** Parts that only make sense after the body named before them: 各县(市、区)党委、政府. */
const BARE_BODY = /^(政府|党委|管委会|党工委|人大|政协)$/;

/** Splits on 、 , ; and 及 (before 市/县/区/各/省), never inside parentheses. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    const joiner = depth === 0 && (/[、,;]/.test(ch) || (ch === '及' && /[市县区各省]/.test(text[i + 1] ?? '') && current.length > 1));
    if (joiner) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

function cleanItem(item: string): string {
  // A block that closes its sentence (`配合单位:市统计局。`) leaves no full stop on the last name.
  return item.replace(/[。.]+$/, '').replace(LEAD_SUFFIX, '').replace(COOP_SUFFIX, '').replace(/等$/, '').replace(/\s+/g, '').trim();
}

/** 各县(市、区)党委、政府 → 各县(市、区)党委, 各县(市、区)政府. */
function expandBareBodies(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const previous = out[out.length - 1];
    const body = previous ? /(政府|党委|管委会|党工委|人大|政协)$/.exec(previous) : null;
    if (BARE_BODY.test(item) && previous && body) out.push(previous.slice(0, previous.length - body[1].length) + item);
    else out.push(item);
  }
  return out;
}

export function departmentList(text: string): string[] {
  const items = splitList(text.replace(LEAD_SUFFIX, '')).map(cleanItem).filter((s) => s.length > 0);
  return [...new Set(expandBareBodies(items))];
}

function looksLikeDepartments(text: string): boolean {
  const items = splitList(text.replace(LEAD_SUFFIX, '')).map(cleanItem);
  return items.length > 0 && items.every((item) => item.length >= 2 && item.length <= 30 && !/^(含|包括|不含|即|如)/.test(item) && ORG_END.test(item.replace(/\([^()]*\)/g, '')));
}

/** The departments of a block's text (without its parentheses); null when it is not a responsibility block. */
export function parseDepartmentBlock(content: string): Departments | null {
  // [责任单位]A → 责任单位:A; a second label on the same line starts a part of its own.
  const text = content
    .trim()
    .replace(/\[(责任单位|牵头单位|主责单位|负责单位|牵头部门|责任部门|配合单位|协办单位|参与单位|协同单位|配合部门)\]\s*/g, '$1:')
    .replace(/\s*[,,]?\s*(?=(配合单位|协办单位|参与单位|协同单位|配合部门)\s*[::])/g, ';')
    .replace(/^;/, '');
  if (!text) return null;
  // (A牵头,B、C配合): the comma after 牵头 or 配合 ends a part, as a semicolon does.
  const parts = text
    .split(/[;;]|(?<=牵头|负责|配合|协助|参与)\s*[,,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const lead: string[] = [];
  const coop: string[] = [];
  let recognised = false;
  for (const part of parts) {
    if (LEAD_LABEL.test(part)) {
      const listed = departmentList(part.replace(LEAD_LABEL, ''));
      // 责任单位:A(牵头)、B: A leads, B works with it.
      const marked = listed.filter((d) => /\(牵头\)$/.test(d));
      if (marked.length > 0) {
        lead.push(...marked.map((d) => d.replace(/\(牵头\)$/, '')));
        coop.push(...listed.filter((d) => !/\(牵头\)$/.test(d)));
      } else lead.push(...listed);
      recognised = true;
    } else if (COOP_LABEL.test(part)) {
      coop.push(...departmentList(part.replace(COOP_LABEL, '')));
      recognised = true;
    } else if (/报.+落实$/.test(part) && looksLikeDepartments(part.replace(/报/, '、').replace(/落实$/, ''))) {
      // (A报B落实): A leads and reports to B, which carries it out.
      const [a, b] = part.replace(/落实$/, '').split('报');
      lead.push(...departmentList(a));
      coop.push(...departmentList(b));
      recognised = true;
    } else if (COOP_SUFFIX.test(part) && looksLikeDepartments(part.replace(COOP_SUFFIX, ''))) {
      coop.push(...departmentList(part.replace(COOP_SUFFIX, '')));
      recognised = true;
    } else if (looksLikeDepartments(part)) {
      lead.push(...departmentList(part));
      recognised = true;
    } else {
      return null;
    }
  }
  return recognised ? { lead: [...new Set(lead)], coop: [...new Set(coop)] } : null;
}

/** A line that is a block of its own (`责任单位:宝山环保分局、建设服务局`). */
export function departmentLine(line: string): Departments | null {
  const text = line.trim().replace(/^\[([^\]]{2,6})\]\s*/, '$1:');
  if (!LEAD_LABEL.test(text) && !COOP_LABEL.test(text)) return null;
  return parseDepartmentBlock(text);
}

/** A block at the end of a line, after its text: `…≥60%。责任单位:县林业局` or `…。[责任单位]县林业局`. */
export const TRAILING_BLOCK = /(?<=[。;;!?]\s*)\[?(责任单位|牵头单位|主责单位|负责单位|牵头部门|责任部门)\]?\s*[::]?[^。]*$/;
