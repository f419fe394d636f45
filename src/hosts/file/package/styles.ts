// The style sheet (xl/styles.xml): number formats of the cell styles for reading, and new styles
// appended for the tool's marks and sheets. Existing fonts, fills, borders and cell styles are never
// changed, so every cell the tool does not touch keeps its look; a marked cell gets a copy of its own
// style with only the fill and the font colour changed.
import type { CellStyle } from '../../../core/types';
import { Splicer, childNamed, childrenNamed, escapeAttribute, parseXml, retag, sourceOf, startTag, type XmlElement } from './xml';

/** Excel's built-in number formats (ECMA-376 18.8.30), with those of the Chinese locale. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy/m/d h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** A cell style described by its own parts' XML (ids inside them mean nothing outside their style sheet). */
export interface StyleRecord {
  xf: string;
  font: string | null;
  fill: string | null;
  border: string | null;
  numFmt: string | null;
}

export interface MarkColours {
  fill: string; // '#RRGGBB'
  font: string;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** How many children a styles.xml container had and its count attribute, before the tool appended to it. */
export interface StylesBaseline {
  [container: string]: { present: boolean; children: number; count: string | null };
}

const CONTAINERS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type Container = (typeof CONTAINERS)[number];

export class StyleSheet {
  private readonly root: XmlElement;
  /** Number format code of each cell style (cellXfs index); null for General. */
  readonly formats: (string | null)[];
  private readonly added: Record<Container, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly markCache = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;

  constructor(private readonly xml: string) {
    this.root = parseXml(xml);
    const custom = new Map<number, string>();
    for (const f of childrenNamed(childNamed(this.root, 'numFmts') ?? this.root, 'numFmt')) {
      custom.set(Number(f.attributes.numFmtId), f.attributes.formatCode ?? '');
    }
    this.nextFormatId = Math.max(163, ...custom.keys()) + 1;
    for (const [id, code] of custom) this.formatIds.set(code, id);
    this.formats = this.xfs().map((xf) => {
      const id = Number(xf.attributes.numFmtId ?? 0);
      const code = custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
      return code === null || code === 'General' ? null : code;
    });
  }

  private container(name: Container): XmlElement | undefined {
    return childNamed(this.root, name);
  }

  private xfList: XmlElement[] | null = null;

  private xfs(): XmlElement[] {
    return (this.xfList ??= childrenNamed(this.container('cellXfs') ?? this.root, 'xf'));
  }

  private count(name: Container): number {
    const element = this.container(name);
    return (element ? element.children.length : 0) + this.added[name].length;
  }

  private append(name: Container, xml: string): number {
    const index = this.count(name);
    this.added[name].push(xml);
    return index;
  }

  get changed(): boolean {
    return CONTAINERS.some((c) => this.added[c].length > 0);
  }

  baseline(): StylesBaseline {
    const result: StylesBaseline = {};
    for (const name of CONTAINERS) {
      const element = this.container(name);
      result[name] = { present: element !== undefined, children: element ? element.children.length : 0, count: element?.attributes.count ?? null };
    }
    return result;
  }

  colours(xfIndex: number): { fill: string | null; font: string | null } {
    const xf = this.xfs()[xfIndex];
    const rgbOf = (element: XmlElement | undefined): string | null => {
      const rgb = element?.attributes.rgb;
      return rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb) ? `#${rgb.slice(-6).toUpperCase()}` : null;
    };
    const fills = childrenNamed(this.container('fills') ?? this.root, 'fill');
    const pattern = childNamed(fills[Number(xf?.attributes.fillId ?? 0)] ?? this.root, 'patternFill');
    const fill = pattern && pattern.attributes.patternType === 'solid' ? rgbOf(childNamed(pattern, 'fgColor')) : null;
    const font = rgbOf(childNamed(this.fontSource(xfIndex) ?? this.root, 'color'));
    return { fill, font };
  }

  /** The font of a cell style (its source XML), the workbook's first font when it names none. */
  private fontSource(xfIndex: number): XmlElement | undefined {
    const fonts = childrenNamed(this.container('fonts') ?? this.root, 'font');
    const xf = this.xfs()[xfIndex];
    return fonts[Number(xf?.attributes.fontId ?? 0)] ?? fonts[0];
  }

  /** A copy of a font with its colour (and, for the tool's own sheets, weight, slant, size) changed. */
  private fontWith(font: XmlElement | undefined, changes: { color?: string; dropColor?: boolean; bold?: boolean; italic?: boolean; underline?: boolean; size?: number }): string {
    const order = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];
    const parts = new Map<string, string>();
    for (const child of font?.children ?? []) parts.set(child.local, sourceOf(this.xml, child));
    if (changes.bold) parts.set('b', '<b/>');
    if (changes.italic) parts.set('i', '<i/>');
    if (changes.underline) parts.set('u', '<u/>');
    if (changes.size) parts.set('sz', startTag('sz', [['val', String(changes.size)]], true));
    if (changes.color) parts.set('color', startTag('color', [['rgb', argb(changes.color)]], true));
    else if (changes.dropColor) parts.delete('color');
    const known = order.filter((k) => parts.has(k)).map((k) => parts.get(k)!);
    const other = [...parts.keys()].filter((k) => !order.includes(k)).map((k) => parts.get(k)!);
    return `<font>${known.join('')}${other.join('')}</font>`;
  }

  private solidFill(hex: string): string {
    return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
  }

  /** A cell style like `xfIndex` with a mark's fill and font colour; cells that shared a style share the marked one. */
  marked(xfIndex: number, colours: MarkColours): number {
    return this.recoloured(xfIndex, colours.fill, colours.font);
  }

  /**
   * A cell style like `xfIndex` with this fill and font colour (null: no fill, the automatic colour).
   * Appended once per distinct request.
   */
  recoloured(xfIndex: number, fill: string | null, font: string | null): number {
    const key = `${xfIndex}|${fill}|${font}`;
    const cached = this.markCache.get(key);
    if (cached !== undefined) return cached;
    const xf = this.xfs()[xfIndex] ?? this.xfs()[0];
    const fontId = this.append('fonts', this.fontWith(this.fontSource(xfIndex), { color: font ?? undefined, dropColor: font === null }));
    const fillId = fill ? this.append('fills', this.solidFill(fill)) : 0;
    let xml: string;
    if (xf) {
      const inner = this.xml.slice(xf.openEnd, xf.closeStart);
      const tag = retag(xf, { fontId: String(fontId), fillId: String(fillId), applyFont: '1', applyFill: '1' });
      xml = xf.selfClosing ? startTag('xf', tag, true) : `${startTag('xf', tag)}${inner}</xf>`;
    } else {
      xml = startTag('xf', [['numFmtId', '0'], ['fontId', String(fontId)], ['fillId', String(fillId)], ['borderId', '0'], ['xfId', '0'], ['applyFont', '1'], ['applyFill', '1']], true);
    }
    const index = this.append('cellXfs', xml);
    this.markCache.set(key, index);
    return index;
  }

  /** Everything of a cell style, as XML that does not depend on this style sheet's numbering. */
  describe(xfIndex: number): StyleRecord {
    const xf = this.xfs()[xfIndex] ?? this.xfs()[0];
    const pick = (container: Container, child: string, id: string | undefined): string | null => {
      const element = childrenNamed(this.container(container) ?? this.root, child)[Number(id ?? 0)];
      return element ? sourceOf(this.xml, element) : null;
    };
    const numFmtId = Number(xf?.attributes.numFmtId ?? 0);
    return {
      xf: xf ? sourceOf(this.xml, xf) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      font: pick('fonts', 'font', xf?.attributes.fontId),
      fill: pick('fills', 'fill', xf?.attributes.fillId),
      border: pick('borders', 'border', xf?.attributes.borderId),
      numFmt: numFmtId === 0 ? null : (this.formats[xfIndex] ?? null),
    };
  }

  /** A cell style made again from its description (in a style sheet another program has renumbered). */
  fromRecord(record: StyleRecord): number {
    const key = `record|${JSON.stringify(record)}`;
    const cached = this.markCache.get(key);
    if (cached !== undefined) return cached;
    const xf = parseXml(record.xf);
    const fontId = record.font ? this.append('fonts', record.font) : 0;
    const fillId = record.fill ? this.append('fills', record.fill) : 0;
    const borderId = record.border ? this.append('borders', record.border) : 0;
    const numFmtId = record.numFmt ? this.formatId(record.numFmt) : 0;
    const tag = retag(xf, { numFmtId: String(numFmtId), fontId: String(fontId), fillId: String(fillId), borderId: String(borderId), xfId: '0' });
    const inner = record.xf.slice(xf.openEnd, xf.closeStart);
    const index = this.append('cellXfs', xf.selfClosing ? startTag('xf', tag, true) : `${startTag('xf', tag)}${inner}</xf>`);
    this.markCache.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = Object.entries(BUILT_IN_FORMATS).find(([, c]) => c === code);
    if (builtIn) return Number(builtIn[0]);
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.append('numFmts', startTag('numFmt', [['numFmtId', String(id)], ['formatCode', code]], true));
    }
    return id;
  }

  /** A cell style for the tool's own sheets, in the workbook's default font. */
  ownStyle(style: CellStyle): number {
    const key = `own|${JSON.stringify(style)}`;
    const cached = this.markCache.get(key);
    if (cached !== undefined) return cached;
    const fonts = childrenNamed(this.container('fonts') ?? this.root, 'font');
    const fontId = this.append('fonts', this.fontWith(fonts[0], { color: style.fontColor, bold: style.bold, italic: style.italic, underline: style.underline, size: style.fontSize }));
    const fillId = style.fill ? this.append('fills', this.solidFill(style.fill)) : 0;
    const thin = '<left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/>';
    const borderId = style.border ? this.append('borders', `<border>${thin}</border>`) : 0;
    const numFmtId = style.numberFormat ? this.formatId(style.numberFormat) : 0;
    const alignment: [string, string][] = [];
    if (style.horizontal) alignment.push(['horizontal', style.horizontal]);
    if (style.vertical) alignment.push(['vertical', style.vertical === 'middle' ? 'center' : style.vertical]);
    if (style.wrap) alignment.push(['wrapText', '1']);
    const attributes: [string, string][] = [
      ['numFmtId', String(numFmtId)], ['fontId', String(fontId)], ['fillId', String(fillId)], ['borderId', String(borderId)], ['xfId', '0'],
      ['applyFont', '1'],
    ];
    if (fillId) attributes.push(['applyFill', '1']);
    if (borderId) attributes.push(['applyBorder', '1']);
    if (numFmtId) attributes.push(['applyNumberFormat', '1']);
    if (alignment.length) attributes.push(['applyAlignment', '1']);
    const xml = alignment.length ? `${startTag('xf', attributes)}${startTag('alignment', alignment, true)}</xf>` : startTag('xf', attributes, true);
    const index = this.append('cellXfs', xml);
    this.markCache.set(key, index);
    return index;
  }

  /** styles.xml with the new styles appended and the containers' counts set. */
  result(): string {
    if (!this.changed) return this.xml;
    const splicer = new Splicer(this.xml);
    for (const name of CONTAINERS) {
      const added = this.added[name];
      if (added.length === 0) continue;
      const element = this.container(name);
      const total = String(this.count(name));
      if (!element) {
        // Only numFmts may be missing in a valid style sheet; it comes first (ECMA-376 18.8.39).
        const first = this.root.children[0];
        const xml = `${startTag('numFmts', [['count', total]])}${added.join('')}</numFmts>`;
        if (first) splicer.insert(first.start, xml);
        else splicer.insert(this.root.closeStart, xml);
        continue;
      }
      const tag = startTag(element.name, retag(element, { count: total }));
      if (element.selfClosing) splicer.replace(element.start, element.end, `${tag}${added.join('')}</${element.name}>`);
      else {
        splicer.replace(element.start, element.openEnd, tag);
        splicer.insert(element.closeStart, added.join(''));
      }
    }
    return splicer.result();
  }
}

/** styles.xml with what the tool appended taken off again, when the part is still as the tool left it. */
export function truncateStyles(xml: string, baseline: StylesBaseline): string {
  const root = parseXml(xml);
  const splicer = new Splicer(xml);
  for (const name of CONTAINERS) {
    const element = childNamed(root, name);
    const base = baseline[name];
    if (!element || !base) continue;
    if (!base.present) {
      splicer.replace(element.start, element.end, '');
      continue;
    }
    const extra = element.children.slice(base.children);
    if (extra.length === 0) continue;
    splicer.replace(element.start, element.openEnd, startTag(element.name, retag(element, { count: base.count ?? undefined })));
    splicer.replace(extra[0].start, extra[extra.length - 1].end, '');
  }
  return splicer.result();
}

export { escapeAttribute };

/** The solid fill colour and the font colour of a cell style, as '#RRGGBB' (null: none, or a theme colour). */
export function styleColours(sheet: StyleSheet, xfIndex: number): { fill: string | null; font: string | null } {
  return sheet.colours(xfIndex);
}
