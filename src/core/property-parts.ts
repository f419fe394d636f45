// Custom document properties longer than Excel keeps. Excel outside the web trims a custom property's
// value to 255 characters (Office.js CustomPropertyCollection), so a longer value — the check stamp's
// JSON is about 300 — is kept in parts: `name` holds the first PART_LENGTH characters, `name_2`,
// `name_3` … the rest. Reading joins the parts back; a value that fits stays one property.

/** Characters per part (UTF-16 units), under Excel's 255; one less where a pair would be split. */
export const PART_LENGTH = 250;

function partName(name: string, index: number): string {
  return `${name}_${index + 1}`;
}

function splitValue(value: string): string[] {
  const parts: string[] = [];
  let rest = value;
  while (rest.length > PART_LENGTH) {
    let cut = PART_LENGTH;
    const last = rest.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // never split a surrogate pair
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  // A full-length last part is closed by an empty one, so that a part left over from a longer
  // earlier value (where it could not be removed) is never read as its continuation.
  if (rest.length >= PART_LENGTH - 1) parts.push('');
  return parts;
}

/** The properties to write: each value longer than a part split into `name`, `name_2` … */
export function splitPropertyValues(props: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    splitValue(value).forEach((part, i) => (out[i === 0 ? name : partName(name, i)] = part));
  }
  return out;
}

/** The names of the parts after the first that `props` holds for `name` (to replace or remove them). */
export function continuationNames(name: string, props: Record<string, string>): string[] {
  const names: string[] = [];
  let current = props[name];
  for (let i = 1; current !== undefined && current.length >= PART_LENGTH - 1; i++) {
    const next = partName(name, i);
    if (props[next] === undefined) break;
    names.push(next);
    current = props[next];
  }
  return names;
}

/** Properties as read, with split values joined back and their continuation parts left out. */
export function joinPropertyValues(props: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...props };
  for (const name of Object.keys(props)) {
    if (!(name in out)) continue; // already taken as a part of another
    const parts = continuationNames(name, props);
    if (parts.length === 0) continue;
    out[name] = [props[name], ...parts.map((p) => props[p])].join('');
    for (const p of parts) delete out[p];
  }
  return out;
}
