// XML helpers for patching the parts of an .xlsx package: escaping, a small element tree with the
// source positions of every element (parsed by saxes), and a splicer that replaces ranges of the
// original text. Patching by position keeps every byte the tool does not mean to change.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The name as written, prefix included (`x:c`, `c`). */
  name: string;
  /** The name without its prefix. */
  local: string;
  attributes: Record<string, string>;
  /** Attribute names in document order (to rebuild a start tag as it was). */
  attributeOrder: string[];
  children: XmlElement[];
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (equal to openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  /** Text content directly inside this element (entities decoded). */
  text: string;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\r\n\t]/g;

// Each test first: most text needs no escaping, and a large part is not copied for nothing.
export function escapeText(text: string): string {
  const safe = xmlSafe(text);
  TEXT_SPECIAL.lastIndex = 0;
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_SPECIAL, (c) => TEXT_ESCAPES[c]) : safe;
}

export function escapeAttribute(text: string): string {
  const safe = xmlSafe(text);
  ATTRIBUTE_SPECIAL.lastIndex = 0;
  return ATTRIBUTE_SPECIAL.test(safe) ? safe.replace(ATTRIBUTE_SPECIAL, (c) => TEXT_ESCAPES[c]) : safe;
}

/** XML 1.0 allows no control characters other than tab, newline and carriage return. */
export function xmlSafe(text: string): string {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
}

/** A start tag (or an empty element when `empty`) from a name and attributes in order. */
export function startTag(name: string, attributes: [string, string][], empty = false): string {
  const parts = attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  return `<${name}${parts}${empty ? '/>' : '>'}`;
}

/** The element's start tag rebuilt with some attributes changed (undefined removes one); others keep their order. */
export function retag(element: XmlElement, changes: Record<string, string | undefined>): [string, string][] {
  const result: [string, string][] = [];
  for (const key of element.attributeOrder) {
    if (key in changes) {
      const value = changes[key];
      if (value !== undefined) result.push([key, value]);
    } else {
      result.push([key, element.attributes[key]]);
    }
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && !(key in element.attributes)) result.push([key, value]);
  }
  return result;
}

export class XmlSyntaxError extends Error {}

export type ElementListener = {
  open?: (element: XmlElement, depth: number) => void;
  close?: (element: XmlElement, depth: number) => void;
};

/**
 * Parses XML with saxes and calls `listener` for every element, with source positions. Elements are
 * given children (a tree) only when `keepTree` is true; a large sheet is read without one.
 */
export function walkXml(xml: string, listener: ElementListener, keepTree = false): XmlElement | null {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let tagStart = 0;
  parser.on('opentagstart', (tag) => {
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attributes,
      attributeOrder: Object.keys(attributes),
      children: [],
      start: tagStart,
      openEnd: parser.position,
      closeStart: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (keepTree && parent) parent.children.push(element);
    if (!root) root = element;
    stack.push(element);
    listener.open?.(element, stack.length - 1);
  });
  parser.on('closetag', (tag) => {
    const element = stack.pop()!;
    element.end = parser.position;
    element.closeStart = tag.isSelfClosing ? element.openEnd : parser.position - tag.name.length - 3;
    listener.close?.(element, stack.length);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('error', (e) => {
    throw new XmlSyntaxError(e.message);
  });
  parser.write(xml).close();
  return root;
}

/** The whole element tree of a (small) part. */
export function parseXml(xml: string): XmlElement {
  const root = walkXml(xml, {}, true);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** All text of an element and its descendants, in order. */
export function allText(element: XmlElement): string {
  return element.text + element.children.map(allText).join('');
}

/** Text replacements on an original string, applied in one pass (ranges must not overlap). */
export class Splicer {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];

  constructor(private readonly source: string) {}

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Removes start..end, together with any edits already made inside it. */
  dropInside(start: number, end: number): void {
    for (let i = this.edits.length - 1; i >= 0; i--) {
      if (this.edits[i].start >= start && this.edits[i].end <= end) this.edits.splice(i, 1);
    }
    this.replace(start, end, '');
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  result(): string {
    if (this.edits.length === 0) return this.source;
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const parts: string[] = [];
    let at = 0;
    for (const edit of edits) {
      if (edit.start < at) throw new Error('overlapping XML edits');
      parts.push(this.source.slice(at, edit.start), edit.text);
      at = edit.end;
    }
    parts.push(this.source.slice(at));
    return parts.join('');
  }
}

/** The text of a part between two offsets: an element's source as it is in the file. */
export function sourceOf(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.end);
}

/** Inserts text at the right place inside an element: just before its end tag, expanding `<x/>` to `<x>…</x>`. */
export function appendInside(splicer: Splicer, xml: string, element: XmlElement, text: string): void {
  if (element.selfClosing) {
    splicer.replace(element.start, element.end, `${startTag(element.name, retag(element, {}))}${text}</${element.name}>`);
  } else {
    splicer.insert(element.closeStart, text);
  }
}
