// Finding the targets of one line of a plan: every number that a comparator, a level word, a change
// word, a 以上/以下 at the end of a clause or a count of things to do makes a target, with the name
// written before it (or around it: `水质100%达到或优于Ⅲ类`, `80%的县(市、区)达到…`), `分别` and `均`
// spread over the names they join, and the numbers that only say what is meant (`10蒸吨/小时以下燃煤锅炉`,
// `存栏500头以上规模养殖场`, PM2.5, dates, years) left alone. Hand-written: no library reads Chinese plans.
import { CHANGE_OP, GENERIC_NAME, MEASURED, MEASURES, OP_WORDS, REGION_LABEL, SHARE_OP, STRONG_OP, SUFFIXES, TASK_VERB, UNITS } from './words';
import { cleanName, splitNames } from './names';
import { DOUBT } from './doubts';
import { chineseCountTargets } from './chinese-numbers';

export interface FoundTarget {
  /** The indicator's name, normalised. */
  name: string;
  /** The target as written (or put together from its parts when words stand between them). */
  target: string;
  /** Unit read after the number, if any. */
  unit: string | null;
  /** The change word for a change target (下降, 增长 …). */
  change: string | null;
  /** Start and end of the text the target was read from (name and target), in the line. */
  start: number;
  end: number;
  /** Position of the number (the year governing it is the one before). */
  at: number;
  /** Why the result deserves a second look; empty when it is clear. */
  doubts: string[];
  /** A count of things to do (建成美丽牧场5个) rather than a measured level. */
  task: boolean;
  /** A requirement without a number (不降低, 达到考核要求, 未发生). */
  requirement?: boolean;
  /** A year written right after the value (`≥95%(2025年)`). */
  year?: number;
  /** The region or level written right after the value (`≥95%(市)`). */
  region?: string;
}

interface NumberRead {
  start: number;
  end: number;
  text: string;
  unit: string;
  suffix: string;
}

/** Nouns that count parts of the plan, not things to do (创建6项基本条件). */
const META_NOUN = /(指标|条件|任务|要求|工作|方面|目标|行动|措施|领域|环节)$/;
/** A name ending in a verb: the number is part of a requirement (执行65%节能标准). */
const ACTION_END = /(执行|实施|采用|按照|完成|实现|开展|达到)$/;
const NUMBER = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?/g;
const RANGE = /^\s*([~—–\-至到])\s*(\d+(?:\.\d+)?)/;
const BOUNDARY = /[,;:。!?]/;

function isExcluded(s: string, index: number, text: string): boolean {
  const before = s[index - 1] ?? '';
  const after = s.slice(index + text.length, index + text.length + 3);
  if (/[A-Za-z.\d]/.test(before)) return true; // PM2.5, m3, NH3
  if (/^(19|20)\d{2}$/.test(text) && /^\s*年/.test(after)) return true;
  if (/^\s*(月|日|号|时|世纪|年代|周年)/.test(after)) return true;
  if (before === '第') return true;
  if (/^\s*[A-Za-z]/.test(after) && !/^\s*(m3|m2|m³|m²)/.test(after)) return true; // 4G, 5A
  return false;
}

/** A number with what follows it: an optional range end, the unit and a 以上/以下 word. */
function readNumber(s: string, start: number, text: string): NumberRead {
  let end = start + text.length;
  let shown = text;
  const range = RANGE.exec(s.slice(end));
  if (range && Number(range[2]) > Number(text)) {
    shown = `${text}~${range[2]}`;
    end += range[0].length;
  }
  let unit = '';
  const rest = s.slice(end);
  const spaces = /^\s*/.exec(rest)![0].length;
  for (const u of UNITS) {
    if (rest.startsWith(u, spaces)) {
      unit = u;
      end += spaces + u.length;
      break;
    }
  }
  let suffix = '';
  for (const w of SUFFIXES) {
    if (s.startsWith(w, end)) {
      suffix = w;
      end += w.length;
      break;
    }
  }
  return { start, end, text: shown, unit, suffix };
}

function opBefore(prefix: string): { word: string; at: number; qualifier?: string } | null {
  const p = prefix.replace(/\s+$/, '');
  for (const word of OP_WORDS) if (p.endsWith(word)) return { word, at: p.length - word.length };
  const strong = STRONG_OP.exec(p);
  if (strong && !/[的和及或与]/.test(strong[2])) return { word: strong[1], at: strong.index, qualifier: strong[2] };
  const share = SHARE_OP.exec(p);
  if (share) return { word: share[1], at: share.index, qualifier: share[2] };
  return null;
}

/** What follows a target that belongs to it: `,且能源消耗总量不超过控制目标值`. */
function extraAfter(s: string, end: number): string {
  const m = /^\s*,?\s*(且[^,;。\s]{2,30})/.exec(s.slice(end));
  return m ? m[1] : '';
}

interface Context {
  /** Whether a year governs a position of the line. */
  hasYear: (at: number) => boolean;
}

/** The numbers joined to the first by 、 和 及 after 分别 (分别达到90%、80%以上). */
function followingNumbers(s: string, first: NumberRead): NumberRead[] {
  const out = [first];
  let end = first.end;
  for (;;) {
    const m = /^\s*(、|和|及|与|,)\s*(\d+(?:\.\d+)?)/.exec(s.slice(end));
    if (!m) break;
    const start = end + m[0].length - m[2].length;
    const next = readNumber(s, start, m[2]);
    out.push(next);
    end = next.end;
  }
  // The unit and 以上 written once, after the last, belong to all.
  const last = out[out.length - 1];
  return out.map((n) => ({ ...n, unit: n.unit || last.unit, suffix: n.suffix || last.suffix }));
}

function phraseOf(op: string, n: NumberRead): string {
  return `${op}${n.text}${n.unit}${n.suffix}`;
}

/** The targets of one sentence (no 。 inside), at `offset` in the line. */
function sentenceTargets(ctx: Context, offset: number, sentence: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  let clauseFloor = 0; // where the next name may start: after the previous target
  let consumed = 0;
  let lastName = '';
  const textOf = (a: number, b: number) => sentence.slice(a, b).replace(/\s+/g, '');

  for (const m of sentence.matchAll(NUMBER)) {
    const index = m.index ?? 0;
    if (index < consumed || isExcluded(sentence, index, m[0])) continue;
    const first = readNumber(sentence, index, m[0]);
    const after = sentence.slice(first.end);
    // The start of this number's clause.
    let clauseStart = clauseFloor;
    for (let i = index - 1; i >= clauseFloor; i--) {
      if (BOUNDARY.test(sentence[i])) {
        clauseStart = i + 1;
        break;
      }
    }
    const prefix = sentence.slice(clauseStart, index);
    const op = opBefore(prefix);
    const change = op ? null : CHANGE_OP.exec(prefix.replace(/\s+$/, ''));
    const doubts: string[] = [];
    let nameText = '';
    let targetStart = index;
    let opWord = '';
    let numbers: NumberRead[] = [first];
    let task = false;
    let changeWord: string | null = null;
    let nameOverride: string[] | null = null;

    if (op) {
      opWord = op.word;
      targetStart = clauseStart + op.at;
      nameText = prefix.slice(0, op.at);
      if (op.qualifier) doubts.push(DOUBT.qualifier(op.qualifier));
      if (/(分别|均|都)\s*$/.test(nameText) || /^分别/.test(prefix.slice(op.at))) numbers = followingNumbers(sentence, first);
      // A level word before a number that is followed by more words is no target (执行65%节能标准).
      if (/^[达为到]$/.test(opWord) && !first.unit && !first.suffix && /^[\u4e00-\u9fff]/.test(after)) continue;
      if (!op.qualifier && /^\s*的?[\u4e00-\u9fff]/.test(after) && !/^\s*(的?(年度)?(目标|任务)|目标值|左右|水平|且|并|和|及|或)/.test(after) && !MEASURED.test(cleanName(nameText)) && first.unit !== '%') {
        // 至少2次生态文明专题培训: the count of what follows.
        if (!TASK_VERB.test(prefix.slice(0, op.at).trim()) && !(first.unit && MEASURES.has(first.unit))) continue;
      }
    } else if (change) {
      changeWord = change[3];
      const whole = change[0];
      targetStart = clauseStart + prefix.replace(/\s+$/, '').length - whole.length;
      nameText = prefix.slice(0, targetStart - clauseStart);
      opWord = whole;
      if (/(分别|均|都)\s*$/.test(nameText)) numbers = followingNumbers(sentence, first);
    } else if (first.unit === '%' && /^\s*(的)/.test(after) && /^\s*的[^,;。]*?(达到|完成|实现|通过|建成|得到)/.test(after)) {
      // 80%的县(市、区)达到…: the share of the units that reach it.
      const m2 = /^\s*的([^,;。]*?)((达到|完成|实现|通过|建成|得到)[^,;。]*)/.exec(after)!;
      nameOverride = [`${m2[2].replace(/\s+/g, '')}的${m2[1].replace(/\s+/g, '')}比例`];
      targetStart = index;
      nameText = prefix;
      numbers = [first];
      first.end += m2[0].length;
      doubts.push(DOUBT.valueInName);
    } else if (first.unit === '%' && /^\s*(达到|达标|优于)/.test(after)) {
      // 水质100%达到或优于Ⅲ类 / 水质100%达标: the share that does.
      const m2 = /^\s*((?:达到|达标|优于)[^,;。、]*)/.exec(after)!;
      const what = m2[1].replace(/\s+/g, '');
      const names = splitNames(cleanName(prefix), 0, true) ?? [cleanName(prefix)];
      nameOverride = names.map((n) => (what === '达标' ? `${n}达标率` : `${n}${what}比例`));
      nameText = prefix;
      first.end += m2[0].length;
      doubts.push(DOUBT.valueInName);
    } else if (first.unit && MEASURES.has(first.unit) && /^\s*[\u4e00-\u9fff“"《]/.test(after) && !/^\s*(以上|以下|以内)/.test(after) && (TASK_VERB.test(prefix.trim()) || (/^\s*$|^[、和及]|^以及/.test(prefix) && out.length > 0 && out[out.length - 1].task))) {
      // 完成1个工业园区、1个城镇生活小区: the count of what follows, for a year or with 至少.
      const atLeast = /(至少|不少于)\s*[\u4e00-\u9fff]{0,4}$/.test(prefix);
      const what = /^\s*([^,;。、]*?)(?=以及|[,;。、]|$)/.exec(after)![1];
      if (!what || /^(以上|以下)/.test(what) || META_NOUN.test(what)) continue;
      // An activity keeps its verb and its 每年 (每年组织…培训); a thing to build is named by itself.
      const verb = /(组织|开展)$/.exec(prefix.trim());
      const every = /每年|每季度|每月/.exec(prefix)?.[0] ?? '';
      nameOverride = [`${verb ? every + verb[1] : ''}${what.replace(/\s+/g, '')}`];
      nameText = prefix;
      if (atLeast) opWord = '至少';
      first.end += /^\s*/.exec(after)![0].length + what.length;
      task = true;
      doubts.push(DOUBT.taskCount);
    } else if (first.suffix && /^[以之及]/.test(first.suffix) && !/^\s*($|[,;、。)和及与]|的(年度)?(目标|任务))/.test(after)) {
      continue; // 10蒸吨/小时以下燃煤锅炉, 存栏500头以上规模养殖场: what is meant, not a target
    } else if (first.suffix && /^[以之及]/.test(first.suffix)) {
      nameText = prefix;
    } else if (/^\s*($|[,;、。)]|和|及|以及)/.test(after) && prefix.trim().length > 0) {
      // A name followed by its value (危险废物安全处置率100%, 建成美丽牧场5个).
      const name = cleanName(prefix);
      const measured = MEASURED.test(name) || (first.unit === '%' && !ACTION_END.test(name));
      // A count or an amount is a target for a year, or after a verb that makes something (新建高标准农田2.75亿亩).
      const made = /^\s*(新建|新增|建设|建成|创建|完成)/.test(prefix);
      const counted = first.unit !== '' && first.unit !== '%' && (ctx.hasYear(offset + index) || made) && !ACTION_END.test(name) && !/[后前中内外上下出入到为是有在]$/.test(name);
      if (!measured && !counted) continue;
      if (!first.unit && !measured) continue;
      nameText = prefix;
      task = !measured;
    } else {
      continue;
    }

    let closing = 0;
    const open = nameText.lastIndexOf('(');
    if (!nameOverride && open >= 0 && nameText.indexOf(')', open) < 0) {
      // PM2.5浓度力争达到国家环境空气质量二级标准(年平均值35微克/立方米): the value in the note.
      const subject = nameText.slice(0, open).split(/(?:力争|争取|确保)?(?:达到|优于|符合|满足)/)[0];
      nameText = subject;
      doubts.push(DOUBT.valueInNote);
      if (sentence[first.end] === ')') closing = 1;
    }
    let names = nameOverride ?? [cleanName(nameText)];
    const beforeColon = clauseStart > 0 && sentence[clauseStart - 1] === ':' ? cleanName(sentence.slice(0, clauseStart - 1).split(/[,;:]/).pop() ?? '') : '';
    if (!nameOverride && GENERIC_NAME.test(names[0]) && beforeColon.length >= 2) {
      // 城镇污水处理率:≥95%: the name before the colon.
      names = [beforeColon];
    } else if (!nameOverride && GENERIC_NAME.test(names[0])) {
      names = [`${lastName}${names[0] === '分别' || names[0] === '均' || names[0] === '都' ? '' : names[0]}`];
      if (!lastName) {
        const pieces = sentence.slice(0, clauseStart).split(/[,;:]/).map(cleanName).filter((p) => p.length > 1);
        names = [pieces.pop() ?? names[0]];
      }
      doubts.push(DOUBT.nameFromContext);
    } else if (!nameOverride && lastName && names[0].length <= 4 && /^\s*其中/.test(prefix)) {
      // 其中县城达到30%以上: the same indicator for a part of the whole.
      names = [`${names[0]}${lastName.replace(/^(城市|城区|农村|县城|城镇|乡镇|全市|全县|全区|全省)/, '')}`];
      doubts.push(DOUBT.partName);
    } else if (!nameOverride && names[0].length <= 5 && lastName && !MEASURED.test(names[0]) && /、\s*$/.test(sentence.slice(0, clauseStart + (/^\s*/.exec(prefix)?.[0].length ?? 0)))) {
      // 示范小区16个、示范村20个: the second name shares the head of the first.
      const head = names[0].slice(0, 2);
      const at = lastName.lastIndexOf(head);
      if (at > 0 && !lastName.endsWith(names[0])) names = [`${lastName.slice(0, at)}${names[0]}`];
    }
    if (!nameOverride) {
      const split = splitNames(names[0], numbers.length, /(均|都|分别)\s*$/.test(nameText) || numbers.length > 1);
      if (split) names = split;
      else if (numbers.length > 1) {
        doubts.push(DOUBT.respectively(numbers.length));
        names = numbers.map(() => names[0]);
      }
    }
    if (names.length > numbers.length) numbers = names.map(() => numbers[numbers.length - 1]);
    const last = numbers[numbers.length - 1];
    // A note right after the value (4.7万亩(不包括水稻田)) belongs to the source text, not the target.
    const note = /^\([^()]{1,20}\)/.exec(sentence.slice(last.end + closing));
    const noteEnd = last.end + closing + (note ? note[0].length : 0);
    const yearNote = note ? /^\(((?:19|20)\d{2})年?(底|末)?\)$/.exec(note[0]) : null;
    const extra = extraAfter(sentence, noteEnd);
    const end = noteEnd + (extra ? sentence.slice(noteEnd).indexOf(extra) + extra.length : 0);

    names.forEach((name, i) => {
      const n = numbers[Math.min(i, numbers.length - 1)];
      if (!name) return;
      const single = numbers.length === 1 && !nameOverride && !task && !op?.qualifier;
      const written = single ? textOf(targetStart, n.end) : phraseOf(changeWord ? opWord : opWord, n);
      const shown = task && nameOverride ? phraseOf(opWord, n) : written || phraseOf(opWord, n);
      const target = extra ? `${shown},${extra}` : shown;
      out.push({
        name: changeWord && n.unit === '%' && !/(率|幅度|幅)$/.test(name) ? `${name}${/年均/.test(opWord) ? '年均' : ''}${changeWord}率` : name,
        target,
        unit: n.unit || null,
        change: changeWord,
        start: offset + clauseStart + (/^\s*(\d{1,2}\s*[.、.]\s*)?/.exec(nameText)?.[0].length ?? 0),
        end: offset + end,
        at: offset + index,
        doubts: [...doubts],
        task,
        ...(yearNote ? { year: Number(yearNote[1]) } : {}),
        ...(note && REGION_LABEL.test(note[0]) ? { region: note[0].slice(1, -1) } : {}),
      });
    });
    lastName = names[names.length - 1];
    consumed = end;
    clauseFloor = end;
    // After a target, the next name starts after the joiner.
    const joiner = /^\s*(、|和|及|以及|,|且|并)\s*/.exec(sentence.slice(end));
    if (joiner) clauseFloor = end + joiner[0].length;
  }
  shareChainTail(out);
  return joinRegions(out);
}

/** ≥95%(市)、≥85%(县): one indicator with a target per region, written `市≥95%;县≥85%`. */
function joinRegions(targets: FoundTarget[]): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (const t of targets) {
    const previous = out[out.length - 1];
    if (previous?.region && t.region && t.doubts.includes(DOUBT.nameFromContext)) {
      const first = previous.target.startsWith(previous.region) ? previous.target : `${previous.region}${previous.target}`;
      previous.target = `${first};${t.region}${t.target}`;
      previous.end = t.end;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** 完成1个工业园区、1个城镇生活小区以及1个以上镇(街道)的“污水零直排区”建设: what the last says, all do. */
function shareChainTail(targets: FoundTarget[]): void {
  let chain: FoundTarget[] = [];
  const flush = () => {
    const last = chain[chain.length - 1];
    const tail = last ? /^[^的]+的(.+)$/.exec(last.name)?.[1] : undefined;
    if (tail && chain.length > 1) for (const t of chain.slice(0, -1)) if (!t.name.includes('的')) t.name = `${t.name}${tail}`;
    chain = [];
  };
  for (const t of targets) {
    if (t.task && t.doubts.includes(DOUBT.taskCount)) chain.push(t);
    else flush();
  }
  flush();
}

/** The targets of a line (`text` normalised, its blocks masked); `hasYear` says whether a year governs a position. */
export function findTargets(text: string, hasYear: (at: number) => boolean): FoundTarget[] {
  const out: FoundTarget[] = [];
  const ctx: Context = { hasYear };
  for (const m of text.matchAll(/[^。;!?]+/g)) {
    const found = sentenceTargets(ctx, m.index ?? 0, m[0]);
    const counts = chineseCountTargets(m[0], m.index ?? 0).filter((c) => !found.some((f) => c.start < f.end && f.start < c.end));
    out.push(...[...found, ...counts].sort((a, b) => a.start - b.start));
  }
  return out;
}
