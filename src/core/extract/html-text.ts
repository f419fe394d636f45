// The text of a saved web page of a plan: scripts, styles and comments dropped, block elements
// (p, div, br, li, tr, h1…) as line breaks, table cells as spaces, character references decoded.
// Hand-written because no HTML parser is a dependency; it reads text, it does not build a tree.

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', ge: '≥', le: '≤', times: '×', deg: '°', ensp: ' ', emsp: ' ', thinsp: ' ',
  permil: '‰', bull: '•', laquo: '«', raquo: '»', copy: '©', reg: '®', yen: '¥', sup2: '²', sup3: '³',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = Object.prototype.hasOwnProperty.call(NAMED, ref.toLowerCase()) ? NAMED[ref.toLowerCase()] : undefined;
    return named ?? whole;
  });
}

const BLOCK = /^(p|div|br|li|h[1-6]|table|tbody|thead|section|article|ul|ol|dl|dd|dt|blockquote|pre|hr|header|footer|nav|aside|main|figure|figcaption|form|center|title)$/i;
const CELL = /^(td|th)$/i;

/** The text of an HTML document, one line per block; a table row is one line with its cells between tabs. */
export function htmlToText(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<!doctype[^>]*>/gi, '');
  let out = '';
  const tag = /<(\/?)([a-z][a-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
  let last = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  for (const m of s.matchAll(tag)) {
    out += s.slice(last, m.index).replace(/[\r\n\t ]+/g, ' ');
    last = (m.index ?? 0) + m[0].length;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (CELL.test(name)) {
      if (!closing) {
        if (cellsInRow > 0) out += '\t';
        cellsInRow++;
        cellDepth++;
      } else if (cellDepth > 0) cellDepth--;
    } else if (name === 'tr') {
      out += '\n';
      cellsInRow = 0;
      cellDepth = 0;
    } else if (BLOCK.test(name)) {
      // Paragraphs inside a cell (Word puts one in each) stay in the cell.
      out += cellDepth > 0 ? ' ' : '\n';
    }
  }
  out += s.slice(last).replace(/[\r\n\t ]+/g, ' ');
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/ ?\t ?/g, '\t').replace(/^ +| +$/g, ''))
    .filter((line) => line.replace(/\t/g, '').trim().length > 0)
    .join('\n');
}

/** The character set a page declares in its first bytes (`<meta charset="gbk">`), lower-cased; null when none. */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}
