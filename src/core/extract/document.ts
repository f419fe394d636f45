// The plan as lines and sections: which lines are headings (一、 (一) ——X。 or a short title line),
// the category each line falls under, the plan's title and its date of issue.

export interface PlanLine {
  /** Offset of the line's first non-blank character in the plan. */
  start: number;
  /** The line as written (trimmed). */
  raw: string;
  /** The same line normalised (same length as raw). */
  text: string;
  /** The section heading the line falls under, or null before the first one. */
  category: string | null;
  /** True for a line that is only a heading. */
  heading: boolean;
}

const LEVEL1 = /^[一二三四五六七八九十]+[、.]/;
const LEVEL2 = /^\([一二三四五六七八九十]+\)/;
const NUMBERED = /^\d{1,2}\s*[.、.]/;
const DASH = /^——([^。,;]{1,24})。/;

/** A heading's text without its number, counts such as `(5 项)` and final punctuation. */
export function headingText(text: string): string {
  return text
    .replace(LEVEL1, '')
    .replace(LEVEL2, '')
    .replace(/\(\s*\d+\s*项\s*\)\s*$/, '')
    .replace(/[。.:]\s*$/, '')
    .replace(/\s+/g, '')
    .trim();
}

/** The first sentence of a heading that is followed by text on the same line (`(一)指导思想。深入…`). */
function inlineHeading(text: string): string {
  const end = text.search(/[。]/);
  return headingText(end > 0 ? text.slice(0, end) : text);
}

function isShortTitleLine(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length <= 30 &&
    !/[。;;,,:]/.test(text.replace(/\(\s*\d+\s*项\s*\)$/, '')) &&
    !NUMBERED.test(text) &&
    !/[≥≤%]|\d{4}年/.test(text)
  );
}

/** Lines with the category (section heading) each falls under. */
export function planLines(raw: string, normalized: string): PlanLine[] {
  const lines: PlanLine[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let minor: string | null = null;
  const re = /[^\n\r]+/g;
  for (const m of normalized.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    const start = (m.index ?? 0) + lead;
    const rawLine = raw.slice(start, start + text.length);
    let heading = false;
    if (LEVEL1.test(text)) {
      heading = !/[。]/.test(text.slice(0, -1));
      level1 = heading ? headingText(text) : inlineHeading(text);
      level2 = null;
      minor = null;
    } else if (LEVEL2.test(text)) {
      heading = !/[。]/.test(text.slice(0, -1));
      // Only a heading of its own names a category; `(一)强化组织领导。…` is a paragraph.
      level2 = heading ? headingText(text) : null;
      minor = null;
    } else if (isShortTitleLine(text)) {
      heading = true;
      minor = headingText(text);
    }
    const dash = DASH.exec(text);
    const category = dash ? dash[1].trim() : (minor ?? level2 ?? level1);
    lines.push({ start, raw: rawLine, text, category, heading });
  }
  return lines;
}

const TITLE_WORDS = /(实施方案|工作方案|行动方案|方案|实施意见|意见|规划|计划|要点)$/;

/** The plan's title (in Simplified script): the first line that ends like a plan's name (方案, 意见, 规划 …), else the first line. */
export function planTitle(lines: PlanLine[]): string {
  const line = lines.find((l) => l.text.length >= 6 && l.text.length <= 80 && TITLE_WORDS.test(l.text.replace(/\s/g, '')) && !/^(关于|现将|为)/.test(l.text));
  return (line ?? lines[0])?.text.replace(/\s+/g, '') ?? '';
}

/** The date of issue: the first line that is only a date (`2019年2月22日`), as YYYY-MM-DD. */
export function planIssued(lines: PlanLine[]): string | null {
  for (const l of lines) {
    const m = /^(?:[^\d]{0,6}:)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(l.text);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return null;
}
