// Commander's argument errors as one line in the user's language, with its "did you mean" kept.

import type { Lang } from '../core/types';

const ZH: { pattern: RegExp; text: (m: RegExpExecArray) => string }[] = [
  { pattern: /^unknown command '(.*)'$/, text: (m) => `没有“${m[1]}”这个命令` },
  { pattern: /^unknown option '(.*)'$/, text: (m) => `没有“${m[1]}”这个选项` },
  { pattern: /^missing required argument '(.*)'$/, text: (m) => `缺少参数 ${m[1]}` },
  { pattern: /^option '(.*)' argument missing$/, text: (m) => `选项 ${m[1]} 后面缺少取值` },
  { pattern: /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, text: (m) => `选项 ${m[1]} 的取值“${m[2]}”无效,可选:${m[3]}` },
  { pattern: /^option '(.*)' argument '(.*)' is invalid\. (.*)$/, text: (m) => `选项 ${m[1]} 的取值“${m[2]}”无效:${m[3]}` },
  { pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, text: (m) => `参数过多${m[1] ? `(${m[1]})` : ''}:应为 ${m[2]} 个,实际 ${m[3]} 个` },
];

/** `did you mean` as commander words it, or null. */
function suggestionOf(text: string): string[] | null {
  const m = /\(Did you mean (?:one of )?(.*)\?\)/.exec(text);
  return m ? m[1].split(/,\s*/) : null;
}

/** The reason of a commander error, one line: its first line translated, its suggestion after it. */
export function commanderReason(message: string, lang: Lang): string {
  const [first] = message.replace(/^error:\s*/i, '').split('\n');
  const suggestion = suggestionOf(message);
  if (lang === 'en') return suggestion ? `${first} (did you mean ${suggestion.join(' or ')}?)` : first;
  const rule = ZH.find((r) => r.pattern.test(first));
  const text = rule ? rule.text(rule.pattern.exec(first)!) : first;
  return suggestion ? `${text}。您是不是要输入 ${suggestion.join(' 或 ')}?` : text;
}
