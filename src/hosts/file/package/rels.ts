// Package relationships (`_rels/*.rels`) and content types (`[Content_Types].xml`): reading them,
// resolving targets to part names, adding and removing entries by patching the part's text.
import { Splicer, appendInside, childrenNamed, parseXml, startTag, type XmlElement } from './xml';
import type { XlsxPackage } from './zip';

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPES = {
  worksheet: `${OFFICE_REL}/worksheet`,
  sharedStrings: `${OFFICE_REL}/sharedStrings`,
  styles: `${OFFICE_REL}/styles`,
  comments: `${OFFICE_REL}/comments`,
  vmlDrawing: `${OFFICE_REL}/vmlDrawing`,
  table: `${OFFICE_REL}/table`,
  officeDocument: `${OFFICE_REL}/officeDocument`,
  customProperties: `${OFFICE_REL}/custom-properties`,
  calcChain: `${OFFICE_REL}/calcChain`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names (for internal targets). */
  part: string;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf('/') + 1).split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** The target to write for `part`, relative to the folder of `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export async function readRelationships(pkg: XlsxPackage, source: string): Promise<Relationship[]> {
  const xml = await pkg.text(relsPathOf(source));
  if (xml === null) return [];
  return childrenNamed(parseXml(xml), 'Relationship').map((r) => {
    const external = r.attributes.TargetMode === 'External';
    const target = r.attributes.Target ?? '';
    return { id: r.attributes.Id ?? '', type: r.attributes.Type ?? '', target, external, part: external ? '' : resolveTarget(source, target) };
  });
}

function freeId(taken: Iterable<string>): string {
  const ids = new Set(taken);
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds a relationship from `source` to `part` and returns its id; the .rels part is made when missing. */
export async function addRelationship(pkg: XlsxPackage, source: string, type: string, part: string): Promise<string> {
  const path = relsPathOf(source);
  const xml = await pkg.text(path);
  const target = source === '' ? part : relativeTarget(source, part);
  if (xml === null) {
    const id = 'rId1';
    pkg.setText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${startTag('Relationship', [['Id', id], ['Type', type], ['Target', target]], true)}</Relationships>`,
    );
    return id;
  }
  const root = parseXml(xml);
  const id = freeId(childrenNamed(root, 'Relationship').map((r) => r.attributes.Id ?? ''));
  const splicer = new Splicer(xml);
  appendInside(splicer, xml, root, startTag('Relationship', [['Id', id], ['Type', type], ['Target', target]], true));
  pkg.setText(path, splicer.result());
  return id;
}

/** Removes the relationships of `source` with these ids; the .rels part is deleted when none is left. */
export async function removeRelationships(pkg: XlsxPackage, source: string, ids: Set<string>): Promise<void> {
  const path = relsPathOf(source);
  const xml = await pkg.text(path);
  if (xml === null) return;
  const root = parseXml(xml);
  const all = childrenNamed(root, 'Relationship');
  const gone = all.filter((r) => ids.has(r.attributes.Id ?? ''));
  if (gone.length === 0) return;
  if (gone.length === all.length && source !== '') {
    pkg.remove(path);
    return;
  }
  const splicer = new Splicer(xml);
  for (const r of gone) splicer.replace(r.start, r.end, '');
  pkg.setText(path, splicer.result());
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Declares the content type of an added part (an Override), or of an extension (a Default) when missing. */
export async function addContentType(pkg: XlsxPackage, part: string, contentType: string, asDefaultFor?: string): Promise<void> {
  const xml = (await pkg.text(CONTENT_TYPES)) ?? '';
  const root = parseXml(xml);
  if (asDefaultFor) {
    const known = childrenNamed(root, 'Default').some((d) => (d.attributes.Extension ?? '').toLowerCase() === asDefaultFor);
    if (known) return;
    const splicer = new Splicer(xml);
    const first = root.children[0];
    const tag = startTag('Default', [['Extension', asDefaultFor], ['ContentType', contentType]], true);
    if (first) splicer.insert(first.start, tag);
    else appendInside(splicer, xml, root, tag);
    pkg.setText(CONTENT_TYPES, splicer.result());
    return;
  }
  const name = `/${part}`;
  if (childrenNamed(root, 'Override').some((o) => o.attributes.PartName === name)) return;
  const splicer = new Splicer(xml);
  appendInside(splicer, xml, root, startTag('Override', [['PartName', name], ['ContentType', contentType]], true));
  pkg.setText(CONTENT_TYPES, splicer.result());
}

export async function removeContentType(pkg: XlsxPackage, part: string): Promise<void> {
  const xml = await pkg.text(CONTENT_TYPES);
  if (xml === null) return;
  const root = parseXml(xml);
  const gone = childrenNamed(root, 'Override').filter((o) => o.attributes.PartName === `/${part}`);
  if (gone.length === 0) return;
  const splicer = new Splicer(xml);
  for (const o of gone) splicer.replace(o.start, o.end, '');
  pkg.setText(CONTENT_TYPES, splicer.result());
}

export async function contentTypeOf(pkg: XlsxPackage, part: string): Promise<string | null> {
  const xml = await pkg.text(CONTENT_TYPES);
  if (xml === null) return null;
  const root = parseXml(xml);
  const override = childrenNamed(root, 'Override').find((o) => o.attributes.PartName === `/${part}`);
  if (override) return override.attributes.ContentType ?? null;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return childrenNamed(root, 'Default').find((d) => (d.attributes.Extension ?? '').toLowerCase() === extension)?.attributes.ContentType ?? null;
}

export type { XmlElement };
