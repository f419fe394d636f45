// Plan text normalised without changing its length, so that every position found in the normalised
// text is the same position in the plan as written (the exact sourceText is cut from the original).
// Full-width forms become half-width, Traditional script becomes Simplified (opencc), 〔〕 and 【】
// become parentheses and brackets.
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified: (s: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

const EXTRA: Record<string, string> = {
  '〔': '(', '〕': ')', '【': '[', '】': ']', '﹪': '%', '\u3000': ' ', '\u00a0': ' ', '\u200b': ' ', '\ufeff': ' ',
  '“': '“', '”': '”', '≧': '≥', '≦': '≤', '⩾': '≥', '⩽': '≤', '～': '~', '〜': '~',
};

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return EXTRA[ch] ?? ch;
}

/** Same length as the input, character for character: half-width, Simplified, one set of brackets. */
export function normalizeKeepingLength(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += halfWidth(text[i]);
  if (!/[^\x00-\x7f]/.test(s)) return s;
  const whole = toSimplified(s);
  if (whole.length === s.length) return whole;
  // A phrase conversion changed the length: convert character by character instead.
  let out = '';
  for (const ch of s) {
    const converted = toSimplified(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}
