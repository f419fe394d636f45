// Custom document properties (File ▸ Info ▸ Properties ▸ Custom) in a workbook package:
// docProps/custom.xml, read, and patched property by property (the check stamp), with its content
// type and package relationship added when the workbook has none. Properties under other names stay
// exactly as they were. Values longer than Excel keeps go in parts (see core/property-parts.ts).
import { continuationNames, joinPropertyValues, splitPropertyValues } from '../../../core/property-parts';
import { REL_TYPES, addContentType, addRelationship, readRelationships } from './rels';
import { Splicer, allText, appendInside, childrenNamed, escapeText, parseXml, startTag, type XmlElement } from './xml';
import type { XlsxPackage } from './zip';

const DEFAULT_PART = 'docProps/custom.xml';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
/** The format id every custom property carries (ECMA-376 Part 1, 22.3.2.2). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

async function customPart(pkg: XlsxPackage): Promise<string | null> {
  const rel = (await readRelationships(pkg, '')).find((r) => r.type === REL_TYPES.customProperties);
  if (rel && pkg.has(rel.part)) return rel.part;
  return pkg.has(DEFAULT_PART) ? DEFAULT_PART : null;
}

/** The value of a property: the text of its one typed child (vt:lpwstr, vt:i4, vt:bool …). */
function valueOf(property: XmlElement): string {
  const typed = property.children[0];
  return typed ? allText(typed) : '';
}

/** Each custom property's value as text, long values joined back from their parts; {} when there are none. */
export async function readPackageProperties(pkg: XlsxPackage): Promise<Record<string, string>> {
  const part = await customPart(pkg);
  if (!part) return {};
  const properties: Record<string, string> = {};
  for (const p of childrenNamed(parseXml((await pkg.text(part))!), 'property')) {
    if (p.attributes.name !== undefined) properties[p.attributes.name] = valueOf(p);
  }
  return joinPropertyValues(properties);
}

function vtPrefix(root: XmlElement): string | null {
  for (const key of root.attributeOrder) if (key.startsWith('xmlns:') && root.attributes[key] === VT_NS) return key.slice(6);
  return null;
}

function propertyXml(name: string, value: string, pid: number, prefix: string | null): string {
  const typed = prefix ? `<${prefix}:lpwstr>${escapeText(value)}</${prefix}:lpwstr>` : `<vt:lpwstr xmlns:vt="${VT_NS}">${escapeText(value)}</vt:lpwstr>`;
  return `${startTag('property', [['fmtid', FMTID], ['pid', String(pid)], ['name', name]])}${typed}</property>`;
}

/** Sets these properties as text (replacing those of the same names and their parts); the others stay as they were. */
export async function setPackageProperties(pkg: XlsxPackage, props: Record<string, string>): Promise<void> {
  const part = await customPart(pkg);
  const split = splitPropertyValues(props);
  if (!part) {
    const body = Object.entries(split)
      .map(([name, value], i) => propertyXml(name, value, i + 2, 'vt'))
      .join('');
    pkg.setText(DEFAULT_PART, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${PROPERTIES_NS}" xmlns:vt="${VT_NS}">${body}</Properties>`);
    await addContentType(pkg, DEFAULT_PART, CONTENT_TYPE);
    await addRelationship(pkg, '', REL_TYPES.customProperties, DEFAULT_PART);
    return;
  }
  const xml = (await pkg.text(part))!;
  const root = parseXml(xml);
  const elements = childrenNamed(root, 'property');
  const values = Object.fromEntries(elements.map((p) => [p.attributes.name ?? '', valueOf(p)]));
  const replaced = new Set(Object.keys(props).flatMap((name) => [name, ...continuationNames(name, values)]));
  const splicer = new Splicer(xml);
  for (const p of elements) if (replaced.has(p.attributes.name ?? '')) splicer.replace(p.start, p.end, '');
  // pids must be unique (ECMA-376 22.3.2.2): new ones above every pid the part has.
  let pid = Math.max(1, ...elements.map((p) => Number(p.attributes.pid) || 0)) + 1;
  const prefix = vtPrefix(root);
  const added = Object.entries(split).map(([name, value]) => propertyXml(name, value, pid++, prefix));
  appendInside(splicer, xml, root, added.join(''));
  pkg.setText(part, splicer.result());
}
