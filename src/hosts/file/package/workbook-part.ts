// The workbook part (xl/workbook.xml) of a package: where it is, its sheets (name, part, state) and
// date system, and patches that add or remove a sheet while keeping defined names and views right.
import { OFFICE_REL, REL_TYPES, addContentType, addRelationship, readRelationships, relsPathOf, removeContentType, removeRelationships } from './rels';
import { Splicer, appendInside, childNamed, childrenNamed, escapeText, parseXml, retag, startTag, type XmlElement } from './xml';
import type { XlsxPackage } from './zip';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part; null for a chartsheet or dialog sheet (not read). */
  part: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookPart {
  path: string;
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export class PackageError extends Error {}

function relIdOf(element: XmlElement): string {
  for (const key of element.attributeOrder) {
    if (key === 'r:id' || key.endsWith(':id')) return element.attributes[key];
  }
  return '';
}

export async function workbookPath(pkg: XlsxPackage): Promise<string> {
  const rels = await readRelationships(pkg, '');
  const main = rels.find((r) => r.type === REL_TYPES.officeDocument || r.type.endsWith('/officeDocument'));
  if (!main || !pkg.has(main.part)) throw new PackageError('no workbook part');
  return main.part;
}

export async function readWorkbookPart(pkg: XlsxPackage): Promise<WorkbookPart> {
  const path = await workbookPath(pkg);
  const root = parseXml((await pkg.text(path))!);
  const rels = await readRelationships(pkg, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsElement = childNamed(root, 'sheets');
  const sheets: SheetEntry[] = childrenNamed(sheetsElement ?? root, 'sheet').map((s) => {
    const relId = relIdOf(s);
    const rel = byId.get(relId);
    const state = s.attributes.state === 'hidden' || s.attributes.state === 'veryHidden' ? s.attributes.state : 'visible';
    return {
      name: s.attributes.name ?? '',
      sheetId: Number(s.attributes.sheetId ?? 0),
      relId,
      part: rel && rel.type === REL_TYPES.worksheet ? rel.part : null,
      state,
    };
  });
  const pr = childNamed(root, 'workbookPr');
  const date1904 = pr ? ['1', 'true'].includes(pr.attributes.date1904 ?? '') : false;
  const sharedStrings = rels.find((r) => r.type === REL_TYPES.sharedStrings);
  const styles = rels.find((r) => r.type === REL_TYPES.styles);
  return { path, sheets, date1904, sharedStringsPart: sharedStrings?.part ?? null, stylesPart: styles?.part ?? null };
}

function freeWorksheetPart(pkg: XlsxPackage): string {
  const names = new Set(pkg.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (names.has(`xl/worksheets/sheet${n}.xml`)) n++;
  return `xl/worksheets/sheet${n}.xml`;
}

/** A defined name scoped to a sheet the tool adds (`_xlnm.Print_Titles`: the rows printed on every page). */
export interface LocalName {
  name: string;
  /** The formula, without `=` (`'指标汇总'!$1:$1`). */
  value: string;
}

/**
 * Adds a worksheet part with its entry at the end of the workbook's sheets, its relationship and its
 * content type, and the defined names scoped to it (removeSheet takes them off with the sheet).
 * Returns the part's name.
 */
export async function addSheet(
  pkg: XlsxPackage,
  workbook: WorkbookPart,
  name: string,
  xml: string,
  state: SheetEntry['state'] = 'visible',
  localNames: LocalName[] = [],
): Promise<string> {
  const part = freeWorksheetPart(pkg);
  pkg.setText(part, xml);
  await addContentType(pkg, part, WORKSHEET_CONTENT_TYPE);
  const relId = await addRelationship(pkg, workbook.path, REL_TYPES.worksheet, part);
  const text = (await pkg.text(workbook.path))!;
  const root = parseXml(text);
  const sheets = childNamed(root, 'sheets');
  if (!sheets) throw new PackageError('workbook has no sheets element');
  const sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  const prefix = relPrefix(root);
  const attributes: [string, string][] = [['name', name], ['sheetId', String(sheetId)]];
  if (state !== 'visible') attributes.push(['state', state]);
  attributes.push([`${prefix.name}:id`, relId]);
  const tag = prefix.declared ? startTag('sheet', attributes, true) : startTag('sheet', [...attributes, [`xmlns:${prefix.name}`, OFFICE_REL]], true);
  const splicer = new Splicer(text);
  appendInside(splicer, text, sheets, tag);
  if (localNames.length) addLocalNames(splicer, text, root, sheets, workbook.sheets.length, localNames);
  pkg.setText(workbook.path, splicer.result());
  workbook.sheets.push({ name, sheetId, relId, part, state });
  return part;
}

/**
 * Appends defined names scoped to the sheet at `index` to the workbook's definedNames, or adds the
 * element where the schema puts it (after sheets, functionGroups and externalReferences).
 */
function addLocalNames(splicer: Splicer, text: string, root: XmlElement, sheets: XmlElement, index: number, names: LocalName[]): void {
  const prefix = sheets.name.includes(':') ? sheets.name.slice(0, sheets.name.indexOf(':') + 1) : '';
  const tags = names
    .map((n) => `${startTag(`${prefix}definedName`, [['name', n.name], ['localSheetId', String(index)]])}${escapeText(n.value)}</${prefix}definedName>`)
    .join('');
  const existing = childNamed(root, 'definedNames');
  if (existing) {
    appendInside(splicer, text, existing, tags);
    return;
  }
  const after = childNamed(root, 'externalReferences') ?? childNamed(root, 'functionGroups') ?? sheets;
  splicer.insert(after.end, `<${prefix}definedNames>${tags}</${prefix}definedNames>`);
}

/** The prefix the workbook uses for the relationships namespace (`r` as Excel writes it). */
function relPrefix(root: XmlElement): { name: string; declared: boolean } {
  for (const key of root.attributeOrder) {
    if (key.startsWith('xmlns:') && root.attributes[key] === OFFICE_REL) return { name: key.slice(6), declared: true };
  }
  return { name: 'r', declared: false };
}

/**
 * Removes a sheet the tool made: its entry, relationship, content type, part and the part's own
 * relationships; defined names scoped to it go, later sheets' scopes and the active tab shift down.
 */
export async function removeSheet(pkg: XlsxPackage, workbook: WorkbookPart, name: string): Promise<void> {
  const index = workbook.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  const entry = workbook.sheets[index];
  const text = (await pkg.text(workbook.path))!;
  const root = parseXml(text);
  const splicer = new Splicer(text);
  const sheetElements = childrenNamed(childNamed(root, 'sheets') ?? root, 'sheet');
  const element = sheetElements[index];
  if (element) splicer.replace(element.start, element.end, '');
  const names = childNamed(root, 'definedNames');
  if (names) {
    const all = childrenNamed(names, 'definedName');
    const kept = all.filter((d) => d.attributes.localSheetId === undefined || Number(d.attributes.localSheetId) !== index);
    if (kept.length === 0) splicer.replace(names.start, names.end, '');
    for (const d of all) {
      if (d.attributes.localSheetId === undefined) continue;
      const scope = Number(d.attributes.localSheetId);
      if (scope === index) {
        if (kept.length > 0) splicer.replace(d.start, d.end, '');
      } else if (scope > index && kept.length > 0) {
        splicer.replace(d.start, d.openEnd, startTag(d.name, retag(d, { localSheetId: String(scope - 1) })));
      }
    }
  }
  const views = childNamed(root, 'bookViews');
  for (const view of views ? childrenNamed(views, 'workbookView') : []) {
    const changes: Record<string, string | undefined> = {};
    for (const key of ['activeTab', 'firstSheet']) {
      const value = view.attributes[key];
      if (value !== undefined && Number(value) >= index && Number(value) > 0) changes[key] = String(Number(value) - 1);
    }
    if (Object.keys(changes).length) splicer.replace(view.start, view.openEnd, startTag(view.name, retag(view, changes), view.selfClosing));
  }
  pkg.setText(workbook.path, splicer.result());
  await removeRelationships(pkg, workbook.path, new Set([entry.relId]));
  if (entry.part) {
    // Only sheets the tool made are removed, and they link to nothing: their own relationships part
    // goes with them, never a part another sheet could share.
    if (pkg.has(relsPathOf(entry.part))) pkg.remove(relsPathOf(entry.part));
    pkg.remove(entry.part);
    await removeContentType(pkg, entry.part);
    await dropFromCalcChain(pkg, workbook, entry.sheetId);
  }
  workbook.sheets.splice(index, 1);
}

/** Entries of the calculation chain (a cache Excel rebuilds) that point at a removed sheet would make Excel repair the file. */
async function dropFromCalcChain(pkg: XlsxPackage, workbook: WorkbookPart, sheetId: number): Promise<void> {
  const rels = await readRelationships(pkg, workbook.path);
  const chain = rels.find((r) => r.type === REL_TYPES.calcChain);
  if (!chain) return;
  const text = await pkg.text(chain.part);
  if (text === null) return;
  const root = parseXml(text);
  const splicer = new Splicer(text);
  // `i` carries over from the previous entry when absent (ECMA-376 18.6.1).
  let current = 0;
  for (const c of childrenNamed(root, 'c')) {
    if (c.attributes.i !== undefined) current = Number(c.attributes.i);
    if (current === sheetId) splicer.replace(c.start, c.end, '');
  }
  if (splicer.changed) pkg.setText(chain.part, splicer.result());
}
