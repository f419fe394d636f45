// Custom document properties (File ▸ Info ▸ Properties ▸ Custom) of an .xlsx file. exceljs 4.4 neither
// reads nor writes them, so they are read from and written into the file's zip package directly:
// docProps/custom.xml, its [Content_Types].xml override and its relationship in _rels/.rels. Values
// longer than Excel keeps are written in parts and read back whole (see core/property-parts.ts).
import JSZip from 'jszip';
import { CoreError } from '../../core/errors';
import { continuationNames, joinPropertyValues, splitPropertyValues } from '../../core/property-parts';

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every custom property carries (ECMA-376 Part 1, 22.3.2.2). */
const CUSTOM_FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** One <property> element: its name, its value as text, and its XML as found (to keep it unchanged). */
interface PropertyElement {
  name: string;
  value: string;
  xml: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] as string;
  });
}

/** XML 1.0 allows no control characters other than tab, newline and carriage return. */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function attribute(tag: string, name: string): string | null {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return found ? unescapeXml(found[1] ?? found[2] ?? '') : null;
}

function propertyElements(xml: string): PropertyElement[] {
  const elements: PropertyElement[] = [];
  const pattern = /<(?:[\w.-]+:)?property\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?property\s*>)/g;
  for (let found = pattern.exec(xml); found; found = pattern.exec(xml)) {
    const name = attribute(found[1], 'name');
    if (name === null) continue;
    // The value is the text of the one typed child element (vt:lpwstr, vt:i4, vt:bool, vt:filetime …).
    const typed = /<(?:[\w.-]+:)?[\w.-]+\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?[\w.-]+\s*>)/.exec(found[2] ?? '');
    const value = unescapeXml((typed?.[1] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) => escapeXml(cdata)));
    elements.push({ name, value, xml: found[0] });
  }
  return elements;
}

async function openPackage(xlsx: Uint8Array, file: string): Promise<JSZip> {
  try {
    const zip = await JSZip.loadAsync(xlsx);
    if (!zip.file('[Content_Types].xml')) throw new Error('no [Content_Types].xml');
    return zip;
  } catch {
    throw new CoreError('bad-input', { file, kind: 'not-workbook' });
  }
}

/** The custom document properties of an .xlsx file, each value as text; {} when it has none. */
export async function readCustomProperties(xlsx: Uint8Array, file = ''): Promise<Record<string, string>> {
  const zip = await openPackage(xlsx, file);
  const part = zip.file(CUSTOM_PART);
  if (!part) return {};
  const properties: Record<string, string> = {};
  for (const { name, value } of propertyElements(await part.async('string'))) properties[name] = value;
  return joinPropertyValues(properties);
}

function customXml(kept: PropertyElement[], props: Record<string, string>): string {
  let pid = 2; // pids 0 and 1 are reserved
  const renumbered = kept.map((p) => p.xml.replace(/\spid\s*=\s*(?:"[^"]*"|'[^']*')/, () => ` pid="${pid++}"`));
  const added = Object.entries(props).map(
    ([name, value]) =>
      `<property fmtid="${CUSTOM_FMTID}" pid="${pid++}" name="${escapeXml(xmlSafe(name))}"><vt:lpwstr>${escapeXml(xmlSafe(value))}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Properties xmlns="${PROPERTIES_NS}" xmlns:vt="${VT_NS}">${[...renumbered, ...added].join('')}</Properties>`
  );
}

function withContentTypeOverride(xml: string): string {
  if (/PartName\s*=\s*["']\/docProps\/custom\.xml["']/.test(xml)) return xml;
  const override = `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_CONTENT_TYPE}"/>`;
  return xml.replace(/<\/Types\s*>/, `${override}</Types>`);
}

function withCustomRelationship(xml: string): string {
  if (xml.includes(CUSTOM_REL_TYPE)) return xml;
  const ids = new Set([...xml.matchAll(/\sId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const relationship = `<Relationship Id="rId${n}" Type="${CUSTOM_REL_TYPE}" Target="${CUSTOM_PART}"/>`;
  return xml.replace(/<\/Relationships\s*>/, `${relationship}</Relationships>`);
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * The same .xlsx file with the given custom properties set as text (vt:lpwstr); properties already
 * there under other names are kept as they were, those with the same names are replaced.
 */
export async function writeCustomProperties(xlsx: Uint8Array, props: Record<string, string>, file = ''): Promise<Uint8Array> {
  const zip = await openPackage(xlsx, file);
  const existing = zip.file(CUSTOM_PART);
  const elements = existing ? propertyElements(await existing.async('string')) : [];
  const values = Object.fromEntries(elements.map((p) => [p.name, p.value]));
  const replaced = new Set(Object.keys(props).flatMap((name) => [name, ...continuationNames(name, values)]));
  const kept = elements.filter((p) => !replaced.has(p.name));
  zip.file(CUSTOM_PART, customXml(kept, splitPropertyValues(props)));
  const contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', withContentTypeOverride(contentTypes));
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? EMPTY_RELS;
  zip.file('_rels/.rels', withCustomRelationship(rels));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
