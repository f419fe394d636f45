// A short fingerprint of a part's text (FNV-1a, 32 bits), to tell whether a part is still exactly as
// the tool wrote it. Not for security: only to notice that someone else has rewritten the part.

export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}
