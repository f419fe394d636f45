// The words of the 生成部门填报表 action, in both languages.
import type { Lang } from '../../core/types';

const zh = {
  label: '部门填报表',
  action: '生成部门填报表',
  year: '填报年度',
  running: '正在生成部门填报表…',
  done: '已添加{count}张部门填报表（{indicators}项指标，{year}年度）：{sheets}。各表已保护，部门只能填写黄色单元格。',
  validationSkipped: '此版本 Excel 不支持数据验证，填报表中没有输入提示。',
  badYear: '填报年度“{year}”无效：请填写 {min}–{max} 之间的四位年份。',
  generic: '生成部门填报表失败：{message}。请重试。',
  dismiss: '关闭',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  label: 'Departmental returns',
  action: 'Make departmental returns',
  year: 'Reporting year',
  running: 'Making the departmental returns…',
  done: 'Added {count} departmental return sheets ({indicators} indicators, year {year}): {sheets}. The sheets are protected; departments can fill in the yellow cells only.',
  validationSkipped: 'This version of Excel has no data validation: the returns carry no input prompts.',
  badYear: 'The reporting year "{year}" is not valid: enter a four-digit year between {min} and {max}.',
  generic: 'Making the departmental returns failed: {message}. Please try again.',
  dismiss: 'Dismiss',
};

export type ReturnTemplatesTranslate = (key: Key, params?: Record<string, string | number>) => string;

export function returnTemplatesStrings(lang: Lang): ReturnTemplatesTranslate {
  const dictionary = lang === 'en' ? en : zh;
  return (key, params = {}) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
