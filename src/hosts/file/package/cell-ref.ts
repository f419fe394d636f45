// A1 references inside sheet XML, parsed without allocating: `AB12` → row 11, column 27 (0-based).

export function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

export function parseRangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const start = parseRef(a.replace(/\$/g, ''));
  const end = parseRef(b.replace(/\$/g, ''));
  if (!start || !end) return null;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}
