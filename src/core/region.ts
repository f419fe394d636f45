// Which part of a regional target applies to the region or level the user set (DESIGN §3,
// "Regions and levels"): an exact label first, then the label's spellings (超、特大城市 is 超大城市 and
// 特大城市; 城市 and 市区 are 市; 县城 is 县), then the one label the setting contains or is contained in.
import { nameKey } from './text';

const SUFFIXES = /(地区|区域|片区)$/;
/** Spellings of one level, first the key used for comparison. */
const SYNONYMS: string[][] = [
  ['市', '城市', '市区', '城区', '中心城区', '主城区', '市级', '设区市', '地级市'],
  ['县', '县城', '县级', '县市区', '县市', '县区'],
  ['中小城市', '中等城市', '小城市'],
  ['超特大城市', '超大城市', '特大城市'],
  ['农村', '乡村', '乡镇'],
  ['山区', '山地'],
];

function canonical(key: string): string {
  const bare = key.replace(SUFFIXES, '') || key;
  for (const words of SYNONYMS) if (words.includes(bare)) return words[0];
  return bare;
}

/** Every spelling a label stands for: `超、特大城市` → 超大城市, 特大城市; each as its canonical key. */
function spellings(label: string): string[] {
  const key = nameKey(label);
  const out = new Set<string>([key, canonical(key)]);
  const pieces = label.split('、').map((p) => nameKey(p)).filter(Boolean);
  if (pieces.length > 1) {
    const last = pieces[pieces.length - 1];
    for (const piece of pieces) {
      const whole = piece.length < last.length ? piece + last.slice(piece.length) : piece;
      out.add(whole);
      out.add(canonical(whole));
    }
  }
  return [...out];
}

/**
 * The index of the part whose label the region names, or -1: the setting's spelling equal to a
 * label's, else the longest label the setting contains (平顶山市 → 市), else the one label containing it.
 */
export function regionPartIndex(labels: string[], region: string | null | undefined): number {
  if (!region || !nameKey(region)) return -1;
  const wanted = nameKey(region);
  const wantedForms = new Set([wanted, canonical(wanted)]);
  const forms = labels.map(spellings);
  const exact = forms.findIndex((f) => f.some((k) => wantedForms.has(k)));
  if (exact >= 0) return exact;
  let best = -1;
  let bestLength = 0;
  forms.forEach((f, i) => {
    for (const k of f) {
      if (k && wanted.includes(k) && k.length > bestLength) {
        best = i;
        bestLength = k.length;
      }
    }
  });
  if (best >= 0) return best;
  const containing = forms.map((f, i) => (f.some((k) => k.includes(wanted)) ? i : -1)).filter((i) => i >= 0);
  return containing.length === 1 ? containing[0] : -1;
}
