// The words the extractor looks for around a number in a plan's sentence: comparator and level
// words before it, units and 以上/以下 after it, change words, task verbs and measure words.
// Locating a target only: what the words mean is left to the core's threshold parser.

/** Words right before a number that make it a target, longest first. */
export const OP_WORDS = [
  '大于或等于', '达到或超过', '小于或等于', '大于等于', '小于等于', '高于或等于', '低于或等于',
  '不低于', '不少于', '不小于', '不高于', '不超过', '不大于', '不多于',
  '控制在', '控制到', '下降到', '降低到', '减少到', '提高到', '提高至', '提升到', '提升至', '增加到', '增长到', '稳定在', '保持在',
  '大于', '小于', '高于', '低于', '超过', '至少', '降至', '达到', '达', '为', '到', '≥', '≤', '>=', '<=', '>', '<',
].sort((a, b) => b.length - a.length);

/** Comparator words that may be followed by a short qualifier before the number (不低于平原地区18%). */
export const STRONG_OP = /(不低于|不少于|不小于|不高于|不超过|不大于|大于|小于|高于|低于|超过|≥|≤)([\u4e00-\u9fff]{1,6})$/;

/** A level given as a share of something named between (达到市域面积的75%). */
export const SHARE_OP = /(达到|占|为)([^,;:。]{1,10}的)$/;

/** A change rather than a level (下降15.5%, 年均增长15%), with the baseline that may precede it. */
export const CHANGE_OP = /(?:(在(?:(?:19|20)\d{2}年|上年|上一年)(?:的)?基础上|(?:比|较|相比|与)(?:(?:19|20)\d{2}年|上年|上一年|去年|基期|基准年)(?:相比)?)\s*)?(年均)?(下降|降低|减少|削减|增长|增加|提高|提升)$/;

/** Units after a number, longest first. */
export const UNITS = [
  '%', '‰', '个百分点', '百分点',
  '吨标准煤/万元', '吨标煤/万元', '立方米/万元', 'm3/万元', 'm³/万元', '平方米/人', 'm2/人', 'm²/人', '万元/亩', '元/人', '亿元/平方公里',
  '微克/立方米', '毫克/升', '蒸吨/小时', '吨标准煤', '吨标煤', '万立方米', '亿立方米', '立方米', '平方公里', '平方米', '万千瓦', '千瓦',
  '万吨/天', '吨/天', '万立方米/日', '立方米/日', '万吨/日', '吨/日',
  '亿公顷', '万公顷', '公顷', '亿亩', '万亩', '亩', '亿株', '万株', '株', '万吨', '吨', '公斤', '千克', '亿元', '万元', '元', '万人', '人',
  '万公里', '公里', '千米', '米', '万辆',
  '条(个)', '条(座)', '个', '家', '条', '座', '处', '项', '次', '所', '户', '名', '块', '批', '台', '套', '辆', '天', '倍', '分',
].sort((a, b) => b.length - a.length);

/** A region or level a target is given for, in parentheses after it (≥95%(市)、≥85%(县)). */
export const REGION_LABEL = /^\((市|县|区|城市|县城|城区|城镇|乡镇|农村|山区|丘陵|丘陵地区|平原|平原地区|东部|中部|西部|东部地区|中部地区|西部地区|大城市|中小城市)\)$/;

/** Units that count things done (task targets: 建成美丽牧场5个, 完成1个工业园区). */
export const MEASURES = new Set(['个', '家', '条', '座', '处', '项', '次', '所', '户', '块', '批', '台', '套', '辆', '条(个)', '条(座)']);

export const SUFFIXES = ['及以上', '以上', '及以下', '以下', '以内', '之内', '左右'];

/** Verbs before a count of things to do. */
export const TASK_VERB = /(组织实施|完成|建成|建设|创建|争创|创成|培育|实施|新增|开展|组织|打造|淘汰|整治|清理整顿)$/;

/** Names that only make sense with the indicator named before them (占比提升到55%). */
export const GENERIC_NAME = /^(总量|占比|比例|比重|比率|其中|数量|规模|总数|分别|均|都)?$/;

/** Endings of a name that is measured (a rate, a share, an amount). */
export const MEASURED = /(率|比例|比重|占比|覆盖面|面积|指数|系数|浓度|能耗|水耗|用水量|总量|收入|产值|增加值|投资|水平|(?<!制|态|力)度|量|数|值|长度|容量|能力)$/;

/** Words that start a clause but are no part of the indicator's name. */
export const NAME_LEAD = /^(并且|并|且|同时|其中|确保|力争|争取|努力|要|使|让|推动|全面|基本(?=实现|建成|消除|完成)|进一步|全市|全区|全县|全域|全州|全省|以上|另外|此外|实现(?!率)|提高|提升|加快|促进|保持|持续|稳步|切实|有效)/;
export const NAME_TAIL = /(力争|争取|要|都|均|分别|确保|全面|稳定|进一步|基本|持续|能够|可|须|必须|应|逐步|总体|全部|明显|将|将会|可望|预计|实现|基本实现)$/;
