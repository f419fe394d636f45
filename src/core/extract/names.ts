// One name that holds several indicators: `城区、农村生活垃圾分类覆盖面` (分别 90%、80%),
// `满意度和参与度` (均不低于80%), `集装箱公铁、铁水联运量`, `城乡居民人均可支配收入` (分别 two values),
// spread into one full name each; and a name freed of the words around it (确保, 全市, 到2020年, 力争).
// Hand-written: the shared head or tail is guessed from the lengths.
import { MEASURED, NAME_LEAD, NAME_TAIL } from './words';

/** Splits on 、 和 及 outside parentheses and quotation marks (not 与: 参与度). */
function parts(name: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if ('(“[《'.includes(ch)) depth++;
    if (')”]》'.includes(ch) && depth > 0) depth--;
    const joiner = ch === '、' || ch === '和' || (ch === '及' && !/^及以[上下]/.test(name.slice(i)));
    if (depth === 0 && joiner && current.length > 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.filter((p) => p.length > 0);
}

function dropTotal(name: string): string {
  const short = name.replace(/总量$/, '');
  return short !== name && /收入$/.test(short) ? short : name;
}

/**
 * The names `name` stands for, `count` of them (0: as many as it joins); null when it is one name.
 * `joined` says the sentence spreads a target over several names (分别, 均, several values).
 */
export function splitNames(name: string, count: number, joined: boolean): string[] | null {
  const n = dropTotal(name);
  if (count === 2 && /城乡/.test(n) && joined) return [n.replace('城乡', '城镇'), n.replace('城乡', '农村')];
  const ps = parts(n);
  if (ps.length < 2) return null;
  if (count > 1 && ps.length !== count) return null;
  const first = ps[0];
  const last = ps[ps.length - 1];
  const middle = ps.slice(1, -1);
  const tail2 = first.slice(-2);
  // Parallel full names: 饮用水水源地水质和跨行政区域河流交接断面水质.
  if (ps.every((p) => p.length >= 4 && p.slice(-2) === tail2)) return joined ? ps : null;
  if (MEASURED.test(first)) {
    // 满意度和参与度: the short last one shares the head of the first.
    if (last.length <= 4 && first.length > last.length + 2) {
      const head = first.slice(0, first.length - last.length);
      return joined ? [first, ...middle.map((p) => head + p), head + last] : null;
    }
    return joined && ps.every((p) => MEASURED.test(p)) ? ps : null;
  }
  if (!MEASURED.test(last)) return null;
  // Without 分别 or 均, only a list with 、 (集装箱公铁、铁水联运量) holds several names; 及 and 和 join one.
  if (!joined && (first.length > 5 || !name.includes('、'))) return null;
  const latin = /^[A-Za-z][A-Za-z0-9.]*$/.test(first) ? /^[A-Za-z][A-Za-z0-9.]*/.exec(last) : null;
  if (latin) {
    // PM2.5和PM10年均浓度: the Latin head of the last is what the first stands beside.
    const tail = last.slice(latin[0].length);
    return [...ps.slice(0, -1).map((p) => p + tail), last];
  }
  if (first.length <= 4) {
    // 城区、农村生活垃圾分类覆盖面: the first ones share the tail of the last.
    const tail = last.slice(first.length);
    return [...ps.slice(0, -1).map((p) => p + tail), last];
  }
  // 集装箱公铁、铁水联运量: a shared head before, a shared tail after, two characters between.
  const head = first.slice(0, -2);
  const tail = last.slice(2);
  return [first + tail, ...middle.map((p) => head + p + tail), head + last];
}

/** Strips the words around a name that are not part of it (确保, 全市, 到2020年, 力争 …). */
export function cleanName(name: string): string {
  let s = name
    .replace(/\s+/g, '')
    .replace(/^(\d{1,2}[.、.]|\(\d{1,2}\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[①-⑳⑴-⒇])/, '')
    .replace(/^[、,;:。)]+|[、,;:。(]+$/g, '');
  for (let i = 0; i < 6; i++) {
    const before = s;
    s = s
      .replace(/^(到|至|截至|截止)?(19|20)\d{2}年(底|末|前|年底前|底前)?/, '')
      .replace(NAME_LEAD, '')
      .replace(/^(完成|建成(?!区)|建设(?!用地|项目|单位)|培育|创建|争创)(?=.{3})/, '')
      .replace(/(到|至)?(19|20)\d{2}年(底|末)?$/, '')
      .replace(NAME_TAIL, '')
      .replace(/^[、,;:。]+/, '');
    if (s === before) break;
  }
  return s;
}
