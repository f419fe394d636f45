// Every sentence the core produces, in Simplified Chinese and English. `{name}` is filled from params.
import type { Lang } from './types';
import { templateMessages } from './returns/template-messages';
import { checkMessages } from './returns/check-messages';
import { mergeMessages } from './returns/merge-messages';

type Dictionary = Record<string, string>;

const zh: Dictionary = {
  'status.pass': '达标',
  'status.fail': '未达标',
  'status.review': '需核实',
  'status.missing': '未填报',
  'status.invalid': '数据错误',
  'status.na': '不适用',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',

  'finding.pass': '达标:目标{target},现状{value}',
  'finding.fail': '未达标:目标{target},现状{value}',
  'finding.fail.gap': '未达标:目标{target},现状{value},差{gap}',
  'finding.fail.qualitative': '未达标:目标"{target}",填报"{value}"',
  'finding.missing': '未填报:{column}为空',
  'finding.missing.pending': '未填报:{column}填写的是"{value}",尚无数值',
  'finding.change.pass': '达标:目标{target},{baseLabel}{base},现状{value},{achieved}',
  'finding.change.fail': '未达标:目标{target},{baseLabel}{base},现状{value},{achieved},差{gap}',
  'change.base.year': '{year}年',
  'change.base.column': '基准值',
  'change.up': '增加',
  'change.down': '减少',
  'change.up.rate': '增长',
  'change.down.rate': '下降',
  'value.converted': '{value}(折合{converted})',
  'finding.invalid.error': '数据错误:单元格为错误值{value}',
  'finding.invalid.date': '数据错误:此处应填数值,填的是日期{value}',
  'finding.invalid.text': '数据错误:"{value}"不是数值,也不是可识别的答复',
  'finding.na': '不适用:{value}',
  'finding.review': '需核实:{reason}',
  'property.suffix': '({property})',

  'review.no-target': '没有目标值(工作簿和指标库都没有)',
  'review.no-previous': '目标为"{target}",需要上年值或基准值才能判断',
  'review.qualitative': '目标为"{target}",填报"{value}",请人工核实',
  'review.region': '目标按地区或层级区分({target}),请在设置中选择适用的地区或层级',
  'review.region.none': '目标按地区或层级区分({target}),设置的"{region}"不在其中,请检查设置',
  'review.change-baseline': '目标"{target}"是变化量,需要基准值(基准年或基期值列)才能判断',
  'review.change-years-unknown': '目标"{target}"是年均变化,需要基准年和现状年份才能判断',
  'review.change-baseline-zero': '目标"{target}"是相对变化,基准值为零或负数,无法计算',
  'review.change-unit': '目标"{target}"的单位与指标单位无法换算',
  'review.external': '目标"{target}"依据外部数值,请人工核实',
  'review.direction': '目标"{target}"未写比较方向,无法判断高低',
  'review.extra': '数值达到{target},附加条件"{extra}"请人工核实',
  'review.unit-mismatch': '填报单位"{written}"与指标单位"{unit}"不一致',
  'review.unit-suspect': '现状值{value}疑为小数形式的百分比(应为{percent}%?)',
  'review.answer-for-number': '目标{target}需要数值,填报的是"{value}"',
  'review.number-for-qualitative': '目标"{target}"为定性要求,填报的是数值{value}',

  'issue.target-mismatch': '目标值与指标库不一致(指标库:{catalogTarget})',
  'issue.fuzzy-match': '按近似名称匹配,是否指"{catalogName}"?',
  'issue.lead-mismatch': '牵头单位与指标库不一致(指标库:{catalogLead})',
  'issue.status-mismatch': '填报"{claim}"与核查结果"{status}"不符',
  'issue.unit-mismatch': '单位不一致',
  'issue.unit-suspect': '疑似单位错误',
  'issue.unit-converted': '已换算单位',

  'gap.points': '{gap}个百分点',
  'gap.unit': '{gap}{unit}',

  'summary.sheet': '指标汇总',
  'summary.title': '指标核查汇总',
  'summary.meta': '指标库:{catalog}    核查时间:{time}',
  'summary.totals': '总体情况',
  'summary.total': '指标总数',
  'summary.passRate': '达标率',
  'summary.passRateNote': '达标率 = 达标 ÷ (指标总数 − 不适用)',
  'summary.byCategory': '按领域',
  'summary.byLead': '按牵头单位',
  'summary.category': '领域',
  'summary.lead': '牵头单位',
  'summary.failing': '未达标指标',
  'summary.reviewList': '需核实及数据错误的指标',
  'summary.missingList': '未填报指标',
  'summary.col.seq': '序号',
  'summary.col.name': '指标名称',
  'summary.col.target': '目标值',
  'summary.col.value': '现状值',
  'summary.col.gap': '差距',
  'summary.col.property': '指标属性',
  'summary.col.lead': '牵头单位',
  'summary.col.where': '位置',
  'summary.col.reason': '说明',
  'summary.col.status': '状态',
  'summary.none': '无',
  'summary.uncategorized': '(未分类)',
  'summary.unassigned': '(未明确)',
  'summary.marker': '本表由指标核查助手生成,重新生成时将被替换。',
  // Print setup of the sheets the tool makes (print-layout.ts).
  'print.pages': '第 {page} 页,共 {pages} 页',
  'summary.noCatalog': '未使用指标库(按工作簿中的目标值核查)',
  'summary.region': '适用地区或层级:{region}',

  'error.no-table': '{file}:没有找到指标表。需要一行表头,包含"指标名称"和至少一个其他列(如目标值、现状值、牵头单位)。',
  'error.no-table.no-rows': '{file}:找到了指标表的表头,但表头下没有指标行(未找到指标行),请检查表头下的内容。',
  'error.bad-catalog': '指标库 {source} 有误:{field}:{reason}',
  'error.bad-catalog.missing': '指标库 {source} 有误:{field}:缺少此字段 ({reason})',
  'error.bad-catalog.type': '指标库 {source} 有误:{field}:类型不对,应为 {expected} ({reason})',
  'error.bad-catalog.empty': '指标库 {source} 有误:{field}:不能为空 ({reason})',
  'error.bad-catalog.unknown-keys': '指标库 {source} 有误:{field}:不认识的字段 {keys}',
  'error.bad-catalog.values': '指标库 {source} 有误:{field}:只能是 {values}',
  'error.bad-catalog.json': '指标库 {source} 不是有效的 JSON 文件:{reason}',
  'error.unknown-catalog': '没有名为"{id}"的指标库。运行 npm run cli -- catalogs 查看内置指标库,或给出指标库 JSON 文件的路径。',
  'error.bad-journal': '{file}:工作簿中的撤销记录已损坏({reason}),无法自动恢复原格式。',
  'error.bad-input': '{file}:{reason}',
  'error.bad-input.missing': '{file}:找不到这个文件,请检查路径。',
  'error.bad-input.not-workbook': '{file}:不是 Excel 工作簿(.xlsx),请另存为 .xlsx 后再核查。',
  'error.bad-input.no-web-crypto': '这个浏览器不让通过 http 打开的页面计算核查印记：请直接打开本页面文件（双击，地址以 file:// 开头），或通过 https 访问。',
  'error.bad-input.legacy-workbook': '{file}：是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再使用。',
  'error.bad-input.encrypted': '{file}:工作簿有打开密码,请先在 Excel 中取消密码后再核查。',
  'error.bad-input.unreadable': '{file}:无法读取({reason})。',
  'error.bad-input.cannot-keep': '{file}：无法在保留工作簿全部内容的前提下写入（{reason}），未写出任何文件。',
  'error.bad-input.no-catalog-sheet': '工作簿中没有指标库工作表（或其中没有指标），请选择“自动”、一个内置指标库或指标库文件。',
  'error.bad-input.fill-needs-catalog': '填写责任单位需要指标库:请在"指标库"中选择一个内置指标库、本工作簿的指标库工作表或指标库文件。',
  'error.sheet-protected': '工作表"{sheet}"受保护,无法写入标记。请先撤销工作表保护(审阅 → 撤销工作表保护)再试;工作簿未做任何修改。',
  'error.workbook-protected': '工作簿结构受保护,无法添加汇总表和撤销记录。请先撤销工作簿保护(审阅 → 保护工作簿)再试;工作簿未做任何修改。',
  'error.cell-editing': '请先退出单元格编辑(按 Enter 或 Esc),然后重试。',
  'error.workbook-changed': '工作簿在核查过程中被修改(工作表、保护或批注有变化),为免写错位置,本次未做任何修改。请重新核查。',
};

const en: Dictionary = {
  'status.pass': 'Pass',
  'status.fail': 'Fail',
  'status.review': 'Review',
  'status.missing': 'Missing',
  'status.invalid': 'Invalid',
  'status.na': 'N/A',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',

  'finding.pass': 'Pass: target {target}, actual {value}',
  'finding.fail': 'Fail: target {target}, actual {value}',
  'finding.fail.gap': 'Fail: target {target}, actual {value}, short by {gap}',
  'finding.fail.qualitative': 'Fail: target "{target}", reported "{value}"',
  'finding.missing': 'Missing: {column} is empty',
  'finding.missing.pending': 'Missing: {column} says "{value}", no figure yet',
  'finding.change.pass': 'Pass: target {target}, {baseLabel} {base}, actual {value}, {achieved}',
  'finding.change.fail': 'Fail: target {target}, {baseLabel} {base}, actual {value}, {achieved}, short by {gap}',
  'change.base.year': '{year}',
  'change.base.column': 'baseline',
  'change.up': 'up ',
  'change.down': 'down ',
  'change.up.rate': 'up ',
  'change.down.rate': 'down ',
  'value.converted': '{value} (= {converted})',
  'finding.invalid.error': 'Invalid: the cell holds the error value {value}',
  'finding.invalid.date': 'Invalid: a number is needed here, the cell holds the date {value}',
  'finding.invalid.text': 'Invalid: "{value}" is neither a number nor a recognised answer',
  'finding.na': 'Not applicable: {value}',
  'finding.review': 'Review: {reason}',
  'property.suffix': ' ({property})',

  'review.no-target': 'no target (neither in the workbook nor in the catalog)',
  'review.no-previous': 'the target "{target}" needs the previous year\'s or the baseline value',
  'review.qualitative': 'target "{target}", reported "{value}": check by hand',
  'review.region': 'the target differs by region or level ({target}): choose the one that applies in the settings',
  'review.region.none': 'the target differs by region or level ({target}) and the setting "{region}" is none of them: check the settings',
  'review.change-baseline': 'the target "{target}" is a change: a baseline (the base year\'s column or a baseline column) is needed',
  'review.change-years-unknown': 'the target "{target}" is a yearly average change: the base year and the reporting year are needed',
  'review.change-baseline-zero': 'the target "{target}" is a relative change and the baseline is zero or negative',
  'review.change-unit': 'the unit of the target "{target}" does not convert to the indicator\'s unit',
  'review.external': 'the target "{target}" depends on an outside figure: check by hand',
  'review.direction': 'the target "{target}" has no comparison direction',
  'review.extra': 'the number meets {target}; the condition "{extra}" needs checking by hand',
  'review.unit-mismatch': 'the unit written, "{written}", is not the indicator\'s unit "{unit}"',
  'review.unit-suspect': 'the value {value} looks like a fraction where a percentage is expected ({percent}%?)',
  'review.answer-for-number': 'the target {target} needs a number; the cell says "{value}"',
  'review.number-for-qualitative': 'the target "{target}" is qualitative; the cell holds the number {value}',

  'issue.target-mismatch': 'target differs from the catalog (catalog: {catalogTarget})',
  'issue.fuzzy-match': 'matched by a similar name: do you mean "{catalogName}"?',
  'issue.lead-mismatch': 'lead department differs from the catalog (catalog: {catalogLead})',
  'issue.status-mismatch': 'reported "{claim}" but the check says "{status}"',
  'issue.unit-mismatch': 'unit mismatch',
  'issue.unit-suspect': 'suspect unit',
  'issue.unit-converted': 'unit converted',

  'gap.points': '{gap} percentage points',
  'gap.unit': '{gap} {unit}',

  'summary.sheet': 'Indicator Summary',
  'summary.title': 'Indicator check summary',
  'summary.meta': 'Catalog: {catalog}    Checked: {time}',
  'summary.totals': 'Overall',
  'summary.total': 'Indicators',
  'summary.passRate': 'Pass rate',
  'summary.passRateNote': 'Pass rate = pass ÷ (indicators − not applicable)',
  'summary.byCategory': 'By category',
  'summary.byLead': 'By lead department',
  'summary.category': 'Category',
  'summary.lead': 'Lead department',
  'summary.failing': 'Failing indicators',
  'summary.reviewList': 'Indicators to review or with invalid data',
  'summary.missingList': 'Indicators not reported',
  'summary.col.seq': 'No.',
  'summary.col.name': 'Indicator',
  'summary.col.target': 'Target',
  'summary.col.value': 'Actual',
  'summary.col.gap': 'Gap',
  'summary.col.property': 'Property',
  'summary.col.lead': 'Lead department',
  'summary.col.where': 'Cell',
  'summary.col.reason': 'Reason',
  'summary.col.status': 'Status',
  'summary.none': 'None',
  'summary.uncategorized': '(no category)',
  'summary.unassigned': '(not assigned)',
  'summary.marker': 'Made by IndicatorCheck; it is replaced when the summary is made again.',
  // Print setup of the sheets the tool makes (print-layout.ts).
  'print.pages': 'Page {page} of {pages}',
  'summary.noCatalog': 'No catalog (checked against the targets in the workbook)',
  'summary.region': 'Region or level: {region}',

  'error.no-table': '{file}: no indicator table found. A header row with "指标名称" (indicator name) and at least one other column (target, value, lead department) is needed.',
  'error.no-table.no-rows': '{file}: the indicator table has a header but no indicator rows under it (no indicator rows found).',
  'error.bad-catalog': 'Catalog {source} is invalid: {field}: {reason}',
  'error.bad-catalog.missing': 'Catalog {source} is invalid: {field}: this field is missing ({reason})',
  'error.bad-catalog.type': 'Catalog {source} is invalid: {field}: wrong type, should be {expected} ({reason})',
  'error.bad-catalog.empty': 'Catalog {source} is invalid: {field}: must not be empty ({reason})',
  'error.bad-catalog.unknown-keys': 'Catalog {source} is invalid: {field}: unknown fields {keys}',
  'error.bad-catalog.values': 'Catalog {source} is invalid: {field}: must be one of {values}',
  'error.bad-catalog.json': 'Catalog {source} is not a valid JSON file: {reason}',
  'error.unknown-catalog': 'There is no catalog "{id}". Run npm run cli -- catalogs to list the built-in catalogs, or give the path of a catalog JSON file.',
  'error.bad-journal': '{file}: the undo journal in the workbook is damaged ({reason}); the original formatting cannot be restored automatically.',
  'error.bad-input': '{file}: {reason}',
  'error.bad-input.missing': '{file}: file not found; check the path.',
  'error.bad-input.not-workbook': '{file}: not an Excel workbook (.xlsx); save it as .xlsx and check again.',
  'error.bad-input.no-web-crypto': 'This browser lets no page opened over http compute the check stamp: open the page\'s file itself (double-click it, its address starts with file://), or over https.',
  'error.bad-input.legacy-workbook': '{file}: an Excel 97-2003 workbook (.xls); save it as .xlsx in Excel or WPS first.',
  'error.bad-input.encrypted': '{file}: the workbook has an open password; remove it in Excel and check again.',
  'error.bad-input.unreadable': '{file}: cannot be read ({reason}).',
  'error.bad-input.cannot-keep': '{file}: cannot be written without losing part of the workbook ({reason}); nothing was written.',
  'error.bad-input.no-catalog-sheet': 'The workbook has no 指标库 sheet (or no indicator in it); choose "Automatic", a built-in catalog or a catalog file.',
  'error.bad-input.fill-needs-catalog': 'Filling the responsibility columns needs a catalog: choose a built-in catalog, the workbook\'s 指标库 sheet or a catalog file under "Catalog".',
  'error.sheet-protected': 'The worksheet "{sheet}" is protected, so the marks cannot be written. Unprotect it (Review → Unprotect Sheet) and try again; nothing was changed.',
  'error.workbook-protected': 'The workbook structure is protected, so the summary sheet and the undo journal cannot be added. Unprotect the workbook (Review → Protect Workbook) and try again; nothing was changed.',
  'error.cell-editing': 'Please leave cell editing first (press Enter or Esc), then try again.',
  'error.workbook-changed': 'The workbook changed while it was being checked (its sheets, protection or notes), so nothing was written, to avoid marking the wrong cells. Please check again.',
};

for (const part of [templateMessages, checkMessages, mergeMessages]) {
  Object.assign(zh, part.zh);
  Object.assign(en, part.en);
}

const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zh, en };

export function hasMessage(key: string): boolean {
  return key in zh;
}

/** A template split once into its text and its `{name}` slots (odd indexes), so that wording a row is a join. */
const compiled = new Map<string, string[]>();

function pieces(template: string): string[] {
  let hit = compiled.get(template);
  if (!hit) {
    hit = template.split(/\{(\w+)\}/);
    compiled.set(template, hit);
  }
  return hit;
}

/** The sentence for `key` in `lang`, with `{name}` replaced from params. An unknown key returns itself. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang]?.[key] ?? zh[key] ?? key;
  const parts = pieces(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

export function messageKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}
