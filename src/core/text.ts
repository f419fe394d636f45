// Text normalisation used before any parsing or matching: full-width to half-width,
// Traditional to Simplified script, one kind of space, one percent sign.
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional to Simplified character by character (with OpenCC's phrases that only pick the right
 * character), not Taiwan-to-mainland vocabulary: 腳踏車 reads 脚踏车, as the catalogs write the plans.
 */
const toSimplified: (s: string) => string = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width ASCII forms (！ to ～) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const cache = new Map<string, string>();

/**
 * The form every parser and matcher works on: half-width, Simplified script, `％` and `﹪` as `%`,
 * runs of white space (including non-breaking and zero-width) folded to one space, trimmed.
 */
export function normalizeText(input: string): string {
  const hit = cache.get(input);
  if (hit !== undefined) return hit;
  let s = toHalfWidth(input)
    .replace(/[％﹪]/g, '%')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (/[^\x00-\x7f]/.test(s)) s = toSimplified(s);
  if (cache.size > 50000) cache.clear();
  cache.set(input, s);
  return s;
}

/** A key for comparing names: normalised, with spaces and punctuation dropped, Latin letters lower-cased. */
export function nameKey(input: string): string {
  return keyOfNormalized(normalizeText(input));
}

/** nameKey of a text that is already normalised (normalizeText's output): the same key, without the work again. */
export function keyOfNormalized(normalized: string): string {
  return normalized.toLowerCase().replace(/[\s·•、,.;:!?'"“”‘’()（）\[\]【】《》<>〈〉「」『』_\-—–~/\\|]+/g, '');
}
