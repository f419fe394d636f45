// The notes of a worksheet (legacy comments): the comments part with its VML drawing, read and
// patched note by note. Every note and threaded comment the tool does not touch stays as it is; a
// cell with a threaded comment is never given a note (that would break the thread).
import { parseRef } from './cell-ref';
import { PackageError } from './workbook-part';
import { REL_TYPES, addContentType, addRelationship, readRelationships, relsPathOf, removeContentType, removeRelationships } from './rels';
import { Splicer, allText, appendInside, childNamed, childrenNamed, escapeText, parseXml, retag, startTag, walkXml, type XmlElement } from './xml';
import { refOf } from './sheet-patch';
import type { XlsxPackage } from './zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const NOTE_AUTHOR = '指标核查助手';

export interface SheetNotes {
  commentsPart: string | null;
  vmlPart: string | null;
  legacyRelId: string | null;
  /** Each note's source XML and text, by cell reference (A1). */
  notes: Map<string, { xml: string; text: string }>;
  /** Cells that have a threaded comment. */
  threaded: Set<string>;
}

export type NoteChange =
  /** Our note on the cell. */
  | { kind: 'set'; text: string }
  /** The note as it was before the tool (null: none), and whether the tool added the cell's drawing shape. */
  | { kind: 'restore'; xml: string | null; shapeAdded: boolean };

export interface NotesOutcome {
  /** The relationship id of a VML drawing the tool created, for the sheet's `<legacyDrawing>`. */
  addLegacyDrawing?: string;
  /** True when the tool removed the comments it had created, so the sheet's `<legacyDrawing>` must go. */
  removeLegacyDrawing?: boolean;
  /** Cells whose drawing shape the tool added. */
  shapesAdded: Set<string>;
  /** True when the comments part was created by this change. */
  createdParts: boolean;
}

function cellKeyOfRef(ref: string): string {
  return ref.toUpperCase().replace(/\$/g, '');
}

export async function readSheetNotes(pkg: XlsxPackage, sheetPart: string, legacyRelId: string | null): Promise<SheetNotes> {
  const rels = await readRelationships(pkg, sheetPart);
  const comments = rels.find((r) => r.type === REL_TYPES.comments);
  const vml = legacyRelId ? rels.find((r) => r.id === legacyRelId) : undefined;
  const notes = new Map<string, { xml: string; text: string }>();
  if (comments && pkg.has(comments.part)) {
    const xml = (await pkg.text(comments.part))!;
    const root = parseXml(xml);
    for (const c of childrenNamed(childNamed(root, 'commentList') ?? root, 'comment')) {
      const text = childNamed(c, 'text');
      notes.set(cellKeyOfRef(c.attributes.ref ?? ''), { xml: xml.slice(c.start, c.end), text: text ? noteText(text) : '' });
    }
  }
  const threaded = new Set<string>();
  for (const rel of rels.filter((r) => r.type.endsWith('/threadedComment'))) {
    const xml = await pkg.text(rel.part);
    if (xml === null) continue;
    walkXml(xml, {
      open(element) {
        if (element.local === 'threadedComment' && element.attributes.ref) threaded.add(cellKeyOfRef(element.attributes.ref));
      },
    });
  }
  return { commentsPart: comments?.part ?? null, vmlPart: vml && !vml.external ? vml.part : null, legacyRelId: vml ? legacyRelId : null, notes, threaded };
}

/** A note's text: its runs (or its single text) joined; phonetic runs left out. */
function noteText(text: XmlElement): string {
  return text.children
    .filter((c) => c.local === 'r' || c.local === 't')
    .map((c) => (c.local === 't' ? c.text : allText(childNamed(c, 't') ?? c)))
    .join('');
}

function commentXml(ref: string, authorId: number, text: string): string {
  // One run, as Excel writes a note (some readers take only runs).
  return `<comment ref="${ref}" authorId="${authorId}"><text><r><rPr><sz val="9"/></rPr><t xml:space="preserve">${escapeText(text)}</t></r></text></comment>`;
}

function shapeXml(id: string, row: number, col: number): string {
  return (
    `<v:shape id="${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlXml(idBlock: number, shapes: string): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
  );
}

/** The shapes of notes in a VML drawing, by cell (A1), and the highest shape number used. */
function noteShapes(root: XmlElement): { byCell: Map<string, XmlElement>; maxId: number; hasNoteType: boolean; idBlock: number } {
  const byCell = new Map<string, XmlElement>();
  let maxId = 0;
  let hasNoteType = false;
  let idBlock = 1;
  const visit = (element: XmlElement) => {
    if (element.local === 'shapetype' && element.attributes.id === '_x0000_t202') hasNoteType = true;
    if (element.local === 'idmap') idBlock = Number(String(element.attributes.data ?? '1').split(',')[0]) || 1;
    if (element.local === 'shape') {
      const id = /_x0000_s(\d+)/.exec(element.attributes.id ?? element.attributes['o:spid'] ?? '');
      if (id) maxId = Math.max(maxId, Number(id[1]));
      const data = childNamed(element, 'ClientData');
      if (data && data.attributes.ObjectType === 'Note') {
        const row = Number(allText(childNamed(data, 'Row') ?? data).trim());
        const col = Number(allText(childNamed(data, 'Column') ?? data).trim());
        if (Number.isInteger(row) && Number.isInteger(col)) byCell.set(refOf(row, col), element);
      }
    }
    element.children.forEach(visit);
  };
  visit(root);
  return { byCell, maxId, hasNoteType, idBlock };
}

/** The highest VML id block any drawing of the package uses, so a new drawing's shape ids are unique. */
async function highestIdBlock(pkg: XlsxPackage): Promise<number> {
  let highest = 0;
  for (const name of pkg.names().filter((n) => n.toLowerCase().endsWith('.vml'))) {
    const xml = (await pkg.text(name)) ?? '';
    try {
      walkXml(xml, {
        open(element) {
          if (element.local === 'idmap') {
            for (const part of String(element.attributes.data ?? '').split(',')) highest = Math.max(highest, Number(part) || 0);
          }
        },
      });
    } catch {
      // A drawing that is not XML keeps its ids to itself; ours still gets a block above the ones that parse.
    }
  }
  return highest;
}

function freePartName(pkg: XlsxPackage, stem: string, extension: string): string {
  const names = new Set(pkg.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (names.has(`${stem}${n}.${extension}`.toLowerCase())) n++;
  return `${stem}${n}.${extension}`;
}

function parseVml(xml: string, part: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (e) {
    throw new PackageError(`notes drawing ${part} cannot be read: ${(e as Error).message}`);
  }
}

/** Applies note changes to a sheet's comments part and drawing, creating both when the sheet has none. */
export async function patchSheetNotes(pkg: XlsxPackage, sheetPart: string, current: SheetNotes, changes: Map<string, NoteChange>): Promise<NotesOutcome> {
  const outcome: NotesOutcome = { shapesAdded: new Set(), createdParts: false };
  if (changes.size === 0) return outcome;
  let commentsPart = current.commentsPart;
  let vmlPart = current.vmlPart;
  if (!commentsPart) {
    if ([...changes.values()].every((c) => c.kind === 'restore')) return outcome;
    commentsPart = freePartName(pkg, 'xl/comments', 'xml');
    pkg.setText(commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${escapeText(NOTE_AUTHOR)}</author></authors><commentList/></comments>`);
    await addContentType(pkg, commentsPart, COMMENTS_TYPE);
    await addRelationship(pkg, sheetPart, REL_TYPES.comments, commentsPart);
    outcome.createdParts = true;
  }
  if (!vmlPart) {
    vmlPart = freePartName(pkg, 'xl/drawings/vmlDrawing', 'vml');
    pkg.setText(vmlPart, vmlXml((await highestIdBlock(pkg)) + 1, ''));
    await addContentType(pkg, vmlPart, VML_TYPE, 'vml');
    outcome.addLegacyDrawing = await addRelationship(pkg, sheetPart, REL_TYPES.vmlDrawing, vmlPart);
  }

  // The comments part.
  const xml = (await pkg.text(commentsPart))!;
  const root = parseXml(xml);
  const splicer = new Splicer(xml);
  const authors = childNamed(root, 'authors');
  const authorNames = authors ? childrenNamed(authors, 'author').map((a) => a.text) : [];
  let authorId = authorNames.indexOf(NOTE_AUTHOR);
  if (authorId < 0 && [...changes.values()].some((c) => c.kind === 'set')) {
    authorId = authorNames.length;
    const tag = `<author>${escapeText(NOTE_AUTHOR)}</author>`;
    if (authors) appendInside(splicer, xml, authors, tag);
    else splicer.insert(root.openEnd, `<authors>${tag}</authors>`);
  }
  const list = childNamed(root, 'commentList');
  const existing = new Map(childrenNamed(list ?? root, 'comment').map((c) => [cellKeyOfRef(c.attributes.ref ?? ''), c]));
  const appended: string[] = [];
  for (const [ref, change] of changes) {
    const element = existing.get(ref);
    const replacement = change.kind === 'set' ? commentXml(ref, authorId, change.text) : (change.xml ?? '');
    if (element) splicer.replace(element.start, element.end, replacement);
    else if (replacement) appended.push(replacement);
  }
  if (appended.length) {
    if (list) appendInside(splicer, xml, list, appended.join(''));
    else splicer.insert(root.closeStart, `<commentList>${appended.join('')}</commentList>`);
  }
  // The tool's author goes again when no note is left that names it (and it is the last author).
  const used = new Set<string>();
  for (const [ref, c] of existing) if (!changes.has(ref)) used.add(c.attributes.authorId ?? '0');
  for (const change of changes.values()) {
    if (change.kind === 'set') used.add(String(authorId));
    else if (change.xml) used.add(parseXml(change.xml).attributes.authorId ?? '0');
  }
  const ourAuthor = authors ? childrenNamed(authors, 'author')[authorId] : undefined;
  if (ourAuthor && authorId === authorNames.length - 1 && authorId > 0 && !used.has(String(authorId))) splicer.replace(ourAuthor.start, ourAuthor.end, '');
  const remaining = new Set(existing.keys());
  for (const [ref, change] of changes) {
    if (change.kind === 'set' || change.xml) remaining.add(ref);
    else remaining.delete(ref);
  }
  pkg.setText(commentsPart, splicer.result());

  // The drawing: a hidden note shape for each cell that has none.
  const vml = (await pkg.text(vmlPart))!;
  const vmlRoot = parseVml(vml, vmlPart);
  const shapes = noteShapes(vmlRoot);
  const vmlSplicer = new Splicer(vml);
  let nextId = Math.max(shapes.maxId, shapes.idBlock * 1024) + 1;
  const added: string[] = [];
  for (const [ref, change] of changes) {
    const cell = parseRef(ref);
    if (!cell) continue;
    if (change.kind === 'set' && !shapes.byCell.has(ref)) {
      added.push(shapeXml(`_x0000_s${nextId++}`, cell.row, cell.col));
      outcome.shapesAdded.add(ref);
    } else if (change.kind === 'restore' && (change.shapeAdded || change.xml === null)) {
      const shape = shapes.byCell.get(ref);
      if (shape) vmlSplicer.replace(shape.start, shape.end, '');
    }
  }
  if (added.length) vmlSplicer.insert(vmlRoot.closeStart, `${shapes.hasNoteType ? '' : SHAPE_TYPE}${added.join('')}`);
  pkg.setText(vmlPart, vmlSplicer.result());

  // Comments the tool created and has now taken back: the parts go again.
  if (remaining.size === 0 && current.commentsPart && (await isOwnCommentsPart(pkg, commentsPart))) {
    outcome.removeLegacyDrawing = await dropNotesParts(pkg, sheetPart, commentsPart, vmlPart);
  }
  return outcome;
}

/** True when every author of the part is the tool (the part was made by it). */
async function isOwnCommentsPart(pkg: XlsxPackage, part: string): Promise<boolean> {
  const root = parseXml((await pkg.text(part))!);
  const authors = childrenNamed(childNamed(root, 'authors') ?? root, 'author').map((a) => a.text);
  return authors.length === 1 && authors[0] === NOTE_AUTHOR;
}

/** Removes the tool's comments part, and its drawing when nothing else is drawn there; true when the drawing went. */
async function dropNotesParts(pkg: XlsxPackage, sheetPart: string, commentsPart: string, vmlPart: string): Promise<boolean> {
  const vml = parseVml((await pkg.text(vmlPart))!, vmlPart);
  const rels = await readRelationships(pkg, sheetPart);
  const ids = new Set(rels.filter((r) => r.part === commentsPart).map((r) => r.id));
  pkg.remove(commentsPart);
  await removeContentType(pkg, commentsPart);
  // The drawing goes too when nothing but the tool's shape type is left in it.
  const hasShapes = (function any(e: XmlElement): boolean {
    return e.local === 'shape' || e.children.some(any);
  })(vml);
  if (!hasShapes) {
    for (const r of rels.filter((r) => r.part === vmlPart)) ids.add(r.id);
    pkg.remove(vmlPart);
    if (pkg.has(relsPathOf(vmlPart))) pkg.remove(relsPathOf(vmlPart));
  }
  await removeRelationships(pkg, sheetPart, ids);
  return !hasShapes;
}

export { retag, startTag };
