// The command line's help in the user's language: Simplified Chinese by default, English with
// --lang en. The commands are declared with their English texts; for Chinese, every command,
// argument and option found in ZH_HELP gets its Chinese text, and commander's own words (Usage,
// Options, default, choices) are translated by a Help subclass.
import { Command, Help, type Option } from 'commander';
import type { Lang } from '../core/types';

interface CommandHelp {
  description: string;
  arguments?: string[];
  /** By the option's long flag (`--out`). */
  options?: Record<string, string>;
}

/** By the command's path from the program (`check`, `returns merge`); '' is the program itself. */
const ZH_HELP: Record<string, CommandHelp> = {
  '': { description: '指标核查助手:核查生态文明建设示范市/县创建的指标工作簿' },
  check: {
    description: '核查工作簿:写出 <输出目录>/<文件名>.checked.xlsx(标记未达标的单元格、批注原因,并生成汇总表“指标汇总”);输入文件不会被修改',
    arguments: ['要核查的工作簿(.xlsx),可以多个'],
    options: {
      '--catalog': '内置指标库编号、指标库 JSON 文件,或 "none";默认:工作簿中的“指标库”表,否则自动选择指标名称最匹配的内置指标库',
      '--out': '核查结果的输出目录',
      '--report': '同时把全部核查结果写成 JSON 报告',
      '--fill': '按指标库填写空白的 牵头单位 / 配合单位 / 达标情况 单元格',
      '--region': '按地区或层级区分目标时,采用哪一个(如 市、县、山区)',
      '--return': '核查部门填报表(由 returns make 生成):输出“可以报送”或需要修改的内容,可以报送的填报表加盖核查标记',
      '--change-factor': '与 --return 一起用:与上年相比超过 n 倍或不足 1/n 的数值须修改或说明',
      '--lang': '输出语言',
    },
  },
  clear: {
    description: '清除已核查工作簿的标记、批注、填写的单元格和汇总表;写出 <输出目录>/<文件名>.cleared.xlsx',
    arguments: ['由 check 写出的工作簿'],
    options: { '--out': '输出目录', '--lang': '输出语言' },
  },
  catalogs: {
    description: '列出内置指标库(以及给出的指标库 JSON 文件);--lint 检查方向、重复和单位,有疑问时退出码为 1',
    arguments: ['同时列出并检查的指标库 JSON 文件'],
    options: { '--lint': '检查每个指标库中方向存疑、重复和缺少单位的指标', '--lang': '输出语言' },
  },
  extract: {
    description: '从方案文本（.txt、.docx、.html）起草指标库：写出方案旁的 <方案>.catalog.json，或 --out 指定的文件',
    arguments: ['方案文件（多个方案配合 --out 合成一个指标库）'],
    options: { '--out': '要写出的指标库文件，或放 <方案>.catalog.json 的文件夹', '--id': '指标库的标识（小写字母、数字、连字符），默认取自文件名', '--force': '覆盖已有的指标库文件', '--lang': '输出语言' },
  },
  returns: {
    description: '部门填报表:returns make 为每个牵头部门生成填报表;returns merge 把各部门交回的填报表合并进汇总表',
  },
  'returns make': {
    description: '按指标库为每个牵头单位写出一个填报表(<部门>-<指标库>-填报表.xlsx)',
    options: {
      '--catalog': '内置指标库编号或指标库 JSON 文件(必填)',
      '--out': '填报表的输出目录(必填);已有的文件不会被覆盖',
      '--year': '填报年度:数值列;旁边一列为上一年(默认:今年)',
      '--password': '工作表保护密码(默认:保护但不设密码)',
      '--lang': '输出语言',
    },
  },
  'returns merge': {
    description: '把部门填报表合并进汇总表的副本:写出 <输出目录>/<汇总表>.merged.xlsx,带来源批注、“汇总情况”表和“指标汇总”表',
    arguments: ['汇总表(.xlsx),不会被修改', '填报表(.xlsx)或存放填报表的文件夹'],
    options: {
      '--out': '合并后的工作簿和反馈文件的输出目录',
      '--catalog': '内置指标库编号或指标库 JSON 文件;默认:填报表生成时所用的指标库',
      '--overwrite': '用填报值替换汇总表中不同的值(多个部门填报不一致时以牵头单位为准)',
      '--feedback': '同时为有未达标、空缺、需核实或与汇总表不一致指标的部门写出 反馈-<部门>.xlsx(本部门填报值及其在填报表中的位置)',
      '--lang': '输出语言',
    },
  },
};

const ZH_TITLES: Record<string, string> = {
  'Usage:': '用法:',
  'Options:': '选项:',
  'Commands:': '命令:',
  'Arguments:': '参数:',
  'Global Options:': '全局选项:',
};

/** Commander's help with its own words in Chinese. */
class ChineseHelp extends Help {
  override styleTitle(title: string): string {
    return super.styleTitle(ZH_TITLES[title] ?? title);
  }

  override optionDescription(option: Option): string {
    return super
      .optionDescription(option)
      .replace(/\(default: /g, '(默认:')
      .replace(/, default: /g, ',默认:')
      .replace(/\(choices: /g, '(可选:');
  }
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function localize(command: Command, lang: Lang): void {
  if (lang === 'zh-CN') {
    command.createHelp = () => Object.assign(new ChineseHelp(), command.configureHelp());
    command.helpOption('-h, --help', '显示帮助');
    if (command.commands.length > 0) command.helpCommand('help [command]', '显示命令的帮助');
    const zh = ZH_HELP[pathOf(command)];
    if (zh) {
      command.description(zh.description);
      zh.arguments?.forEach((text, i) => {
        const argument = command.registeredArguments[i];
        if (argument) argument.description = text;
      });
      for (const option of command.options) {
        const text = option.long ? zh.options?.[option.long] : undefined;
        if (text) option.description = text;
      }
    }
  }
  for (const sub of command.commands) localize(sub, lang);
}

/** Puts the program's help (every command, argument and option) in `lang`. Call once all commands are added. */
export function localizeHelp(program: Command, lang: Lang): void {
  localize(program, lang);
}

const ZH_FOOTER = `
退出码:
  0  没有错误级别的问题
  1  有错误级别的问题（如约束性指标未达标）
  2  文件无法使用或参数有误

示例:
  npm run cli -- check 自评表.xlsx --fill --report report.json
  npm run cli -- check 填报表/*.xlsx --catalog baoshan-2017 --out checked
  npm run cli -- clear checked/自评表.checked.xlsx
  npm run cli -- catalogs --lint
  npm run cli -- extract 实施方案.docx --out 指标库.json
  npm run cli -- returns make --catalog baoshan-2017 --out 填报表 --year 2026
  npm run cli -- returns merge 汇总表.xlsx 填报表/ --out merged --feedback
  npx indicator-check check 自评表.xlsx        （在项目目录中，效果相同）

相对路径从运行命令的文件夹算起。English: add --lang en.`;

const EN_FOOTER = `
Exit codes:
  0  no finding is an error
  1  at least one finding is an error (a binding indicator fails, …)
  2  unusable input or bad arguments

Examples:
  npm run cli -- check self-check.xlsx --fill --report report.json --lang en
  npm run cli -- check returns/*.xlsx --catalog baoshan-2017 --out checked --lang en
  npm run cli -- clear checked/self-check.checked.xlsx --lang en
  npm run cli -- catalogs --lint --lang en
  npm run cli -- extract plan.docx --out catalog.json --lang en
  npm run cli -- returns make --catalog baoshan-2017 --out returns --year 2026 --lang en
  npm run cli -- returns merge master.xlsx returns/ --out merged --feedback --lang en
  npx indicator-check check self-check.xlsx --lang en   (the same, inside the project folder)

Relative paths are taken from the folder the command is run in.`;

export function helpFooter(lang: Lang): string {
  return lang === 'en' ? EN_FOOTER : ZH_FOOTER;
}
