// Regional sub-rows (DESIGN §3, "Regions and levels"): rows under an indicator that hold one
// region's or level's label (山区, 丘陵地区, 市, 县城, 大城市, 东部) and its target. They belong to the
// indicator: never indicators of their own.
import { normalizeText } from './text';
import { parseRegionPart } from './parse/threshold';
import type { Threshold } from './types';

export interface SubRow {
  /** 0-based sheet row. */
  row: number;
  label: string;
  target?: string;
}

const REGION_WORDS = [
  '超大城市', '特大城市', '超、特大城市', '超特大城市', '大城市', '中等城市', '中小城市', '小城市', 'Ⅰ型大城市', 'Ⅱ型大城市',
  '城市', '市区', '城区', '中心城区', '主城区', '县城', '县级', '市级', '市', '县', '区', '县(市、区)', '县(市)',
  '农村', '乡村', '乡镇', '镇', '山区', '丘陵', '平原', '山地', '盆地', '高原', '牧区', '林区', '沿海', '内陆', '高寒', '草原',
  '湿润', '半湿润', '半干旱', '干旱', '重点开发', '优化开发', '限制开发', '禁止开发',
  '东部', '中部', '西部', '东北', '东北部', '北部', '南部',
];
const LABEL = new RegExp(
  `^(?:其中|含|其中:)?[:,]?(?:${REGION_WORDS.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})(?:地区|区域|片区|城市|县|市|区)?$`,
);

function labelText(name: string): string {
  return normalizeText(name).replace(/\s+/g, '').replace(/^[(（]?[一二三四五六七八九十\d]+[)）.、]/, '');
}

const labels = new Map<string, boolean>();

/** A name cell that is only a region or level label (`山区`, `其中:县城`, `丘陵地区`, `中小城市`). */
export function isRegionLabel(name: string): boolean {
  let known = labels.get(name);
  if (known === undefined) {
    if (name.length > 16) return false;
    const s = labelText(name);
    known = s.length > 0 && s.length <= 10 && LABEL.test(s);
    if (labels.size > 10000) labels.clear();
    labels.set(name, known);
  }
  return known;
}

/** The label as written, without 其中: or numbering: `其中:县城` → 县城, `(一)山區` → 山區. */
export function regionLabel(name: string): string {
  return name
    .trim()
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）.、]\s*/, '')
    .replace(/^(?:其中|含)\s*[:：,，]?\s*/, '')
    .trim();
}

/** The part a sub-row's target cell holds when it names its region (`丘陵≥40`, `≥40(丘陵)`); null otherwise. */
export function regionPartText(target: string): { region: string; threshold: Threshold } | null {
  const part = parseRegionPart(target);
  return part && isRegionLabel(part.region) ? part : null;
}
