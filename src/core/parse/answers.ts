// Yes/no answers written where a qualitative target is checked (DESIGN §3, "Values").
import { normalizeText } from '../text';

const YES = [
  '是', '有', '达标', '已达标', '达到', '已达到', '完成', '已完成', '建立', '已建立', '建成', '已建成', '符合', '满足',
  '通过', '已通过', '已编制', '已开展', '已落实', '已划定', '已实施', '已制定', '已出台', '已印发', '已批复', '已验收',
  '达到要求', '达到考核要求', '符合要求', '满足要求', '√', '✓', '✔', 'y', 'yes', 'true',
];
const NO = [
  '否', '未达标', '不达标', '未达到', '未完成', '未建立', '未建成', '不符合', '不满足', '未通过', '未编制', '未开展',
  '未落实', '未划定', '未实施', '未制定', '未出台', '未验收', '×', '✗', '✘', 'n', 'no', 'false',
];
/** Answers that say "none happened": yes only to a target that asks for an absence. */
const ABSENCE = ['无', '没有', '未发生', '零', '无发生', '未出现'];

const YES_SET = new Set(YES);
const NO_SET = new Set(NO);
const ABSENCE_SET = new Set(ABSENCE);

export interface Answer {
  yes: boolean;
  absence?: boolean;
}

function answerKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[\s。.!!]+$/g, '').replace(/\s+/g, '');
}

/** 是 → yes, 未完成 → no, 无 → yes (absence); anything else → null. */
export function parseAnswer(text: string): Answer | null {
  const key = answerKey(text);
  if (YES_SET.has(key)) return { yes: true };
  if (NO_SET.has(key)) return { yes: false };
  if (ABSENCE_SET.has(key)) return { yes: true, absence: true };
  return null;
}

/** Whether a target asks for something not to happen (未发生, 无, 杜绝, 消除, 零). */
export function asksForAbsence(target: string): boolean {
  const s = normalizeText(target);
  return /未发生|不发生|杜绝|消除|消灭|零|^无|没有|未出现|不出现/.test(s);
}
