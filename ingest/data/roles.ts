/**
 * Official roles
 * ==============
 *
 * Titles that precede an official's name in reports and transcripts, longest
 * first so that 副县长 wins over 县长. General vocabulary of Chinese local
 * government, not names.
 */

const LEVELS = ["省", "市", "县", "区", "州", "盟", "旗", "乡", "镇"];

const HEAD_TITLES = LEVELS.flatMap((level) => [`${level}长`, `代${level}长`, `副${level}长`, `常务副${level}长`, `${level}领导`]);

const PARTY_TITLES = LEVELS.flatMap((level) => [
  `${level}委书记`,
  `${level}委副书记`,
  `${level}委常委`,
  `${level}委委员`,
  `${level}人大常委会主任`,
  `${level}人大常委会副主任`,
  `${level}政协主席`,
  `${level}政协副主席`,
]);

const OTHER_TITLES = [
  "党委书记", "党组书记", "书记", "副书记", "主任", "副主任", "局长", "副局长", "部长", "副部长", "主席", "副主席",
  "董事长", "总经理", "秘书长", "副秘书长", "处长", "科长", "所长", "院长", "校长", "队长", "站长", "行长",
  "总裁", "副总裁", "首席执行官", "总监", "副总经理", "厂长", "经理", "董事", "监事",
  "记者", "通讯员", "作者", "编辑", "责任编辑", "主持人", "发言人", "新闻发言人",
  // heads of cooperatives, associations and farms (合作社理事长, 林场场长)
  "社长", "理事长", "会长", "园长", "场长", "馆长",
];

/**
 * People a feature quotes by what they do (`58岁的花农李秀英`, `康德利负责人`).
 * They come before a name, never after it: the words before them are a place,
 * a firm or an age.
 */
export const OCCUPATION_WORDS: readonly string[] = [
  "村民", "花农", "果农", "菜农", "茶农", "农户", "种植户", "养殖户", "脱贫户", "职工", "工人", "员工", "技术员", "店主",
  "农民", "牧民", "渔民", "护林员", "护边员", "网格员", "保洁员", "村医", "医生", "教师", "老师", "主播",
  "负责人", "创始人", "合伙人", "庄主", "经营者", "创业者", "返乡青年", "大学生", "患者", "游客", "市民", "居民",
  "养殖大户", "种植大户", "大户", "设计师", "工程师", "研究员", "传承人", "讲解员", "导游", "姑娘", "小伙", "青年", "采购商", "客商", "教授", "副教授", "传人",
];

/** Labels a feature's byline puts before its writer (`文字 王勇`, `文/李明`), whom they make its 作者. */
export const WRITER_LABELS: readonly string[] = ["文字", "撰文", "撰稿", "文"];
/** Byline labels before a name the person extractor reads: the writer labels and the role words of the press, longest first. */
export const PERSON_BYLINE_LABELS: readonly string[] = [...WRITER_LABELS, "作者", "记者", "通讯员"].sort((a, b) => b.length - a.length);

/** All role words, longest first. */
export const ROLE_WORDS: readonly string[] = [...new Set([...HEAD_TITLES, ...PARTY_TITLES, ...OTHER_TITLES, ...OCCUPATION_WORDS])].sort(
  (a, b) => b.length - a.length,
);

/**
 * Roles that make a person an official of the place (HOLDS_OFFICE): government
 * and party posts. Heads of schools, firms and hospitals, and the media, hold
 * no office of the place.
 */
export function isOfficeRole(role: string): boolean {
  if (/(记者|通讯员|作者|编辑|主持人|校长|院长|董事长|董事|监事|总经理|所长|站长|行长|队长|总裁|首席执行官|总监|厂长|经理|社长|理事长|会长|园长|场长|馆长)$/.test(role)) return false;
  return /(长|书记|常委|委员|主任|主席|部长|秘书长|发言人|领导)$/.test(role);
}

/** The head of government of a place of this kind: 闻喜县 -> 县长, 盐湖区 -> 区长, 朔州市 -> 市长. */
export function headOfGovernmentTitle(placeName: string): string {
  const suffix = placeName.at(-1) ?? "";
  return ["县", "区", "市", "旗", "州", "盟"].includes(suffix) ? `${suffix}长` : "县长";
}

/** National leaders are mentioned in passing, never as officials of a county. */
export const NATIONAL_LEADER_MARKERS = ["总书记", "国家主席", "总理", "委员长"];
