// Which way is better for an indicator, read from its name when the catalog does not say.
import type { Direction } from '../types';
import { normalizeText } from '../text';

/** A reduction achieved (能耗下降率, 碳排放强度降低) is better when higher, whatever is being reduced. */
const REDUCTION = /(下降|降低|减少|削减|减排)(率|幅度|比例|量)?$|(下降|降低|减少|削减)(率|幅度)/;

/** Rates of something done about a harm (水土流失治理率, 排放达标率) are better when higher. */
const DONE_ABOUT = /(治理|处理|处置|整治|修复|恢复|利用|覆盖|达标|保护|优良|合格|收集|回收|监测|防治)(率|面积|比例|比重)/;

/** Output per input (单位工业用地工业增加值) and counts of things cleaned up (淘汰…企业) are better when higher. */
const OUTPUT_OR_CLEANUP = /(增加值|产值|产出|收入|税收|效益)$|^(清理|整顿|整治|淘汰|关停|治理|完成|新增|建成|创建)/;

const LOWER = new RegExp(
  [
    '能耗', '水耗', '消耗', '用水总量', '一次性', '物耗', '用水量', '耗水', '用地', '浓度', '排放', '污染天数', '重污染', '超标', '强度', '劣[vV五5]类',
    '黑臭', '噪声', '声级', '事故', '事件', '发生率', '死亡率', '发病率', '使用量', '施用量', '产生量', '占用', '损失',
    '流失', '退化', '沙化', '失业', '贫困', 'pm2\\.?5', 'pm10', '二氧化硫', '氮氧化物', '化学需氧量', '氨氮', '挥发性有机物',
  ].join('|'),
  'i',
);

const HIGHER = /率|比例|比重|占比|覆盖|面积|数量|指数|保有|蓄积|收入|投入|优良|达标|合格|利用|处理|治理|恢复|保护|绿地|公园|森林|湿地|增长|提高|个数|人数|满意度|知晓|参与/;

/** `lower` for 浓度, 能耗, 排放 …; `higher` for 率, 面积 …; null when the name says neither. */
export function directionFromName(name: string): Direction | null {
  const s = normalizeText(name).replace(/\s+/g, '');
  if (!s) return null;
  if (REDUCTION.test(s) || DONE_ABOUT.test(s) || OUTPUT_OR_CLEANUP.test(s)) return 'higher';
  if (LOWER.test(s)) return 'lower';
  if (HIGHER.test(s)) return 'higher';
  return null;
}
