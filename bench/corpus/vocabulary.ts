/**
 * General word lists of the synthetic corpus
 * ==========================================
 *
 * Syllables, industry words, suffixes and formula parts from which names are
 * generated combinatorially. None of them is a name taken from the sample
 * corpus: the corpus lends its sentence shapes (templates.ts), not its firms,
 * projects, slogans or people.
 */

/** Characters common in Chinese trade names; two of them make a trade name. */
export const TRADE_SYLLABLES = [
  ..."华晋鑫泰源宏盛通达恒丰利兴隆安瑞康德融创新正金海天龙凯博聚宇嘉诚信远昌永福祥和润辉锦荣益佳鼎晟昊铭峰明亿众合航浩顺沣豪弘万宝广鸿",
];

/** Industry words that end firm names (EXTRACTION.md lists these shapes). */
export const INDUSTRY_WORDS = [
  "煤业", "钢铁", "能源", "科技", "药业", "实业", "牧业", "食品", "电力", "焦化", "新材料", "环保", "物流",
  "镁业", "玻璃", "机械", "生物", "商贸", "化工", "建材", "农业", "矿业", "光电", "新能源", "乳业", "纺织",
];

export const COMPANY_SUFFIXES = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "集团"];

/** Central state-owned enterprises (a general, public list). */
export const CENTRAL_SOES = ["国家电投", "中国华能", "中国大唐", "国家能源集团", "中国中铁", "中国建筑", "中国移动", "中国石化"];

export const PRODUCTS = [
  "焦炭", "甲醇", "电解铝", "光伏组件", "玻璃纤维", "碳化硅", "小米", "杂粮", "中药材", "肉牛", "蛋鸡",
  "有机肥", "陶瓷", "铸件", "石墨烯", "氢能", "储能电池", "生物质颗粒", "饲料", "鲜食玉米", "马铃薯淀粉",
];

export const PLANT_KINDS = ["风电", "光伏发电", "生物质热电联产", "抽水蓄能", "分布式光伏", "余热发电"];

/** Heads of infrastructure project names. */
export const INFRASTRUCTURE_HEADS = [
  "污水处理厂", "污水处理站", "供水工程", "水库", "变电站", "物流园", "产业园", "工业园区", "农贸市场",
  "第二中学", "人民医院门诊楼", "体育中心", "文化中心", "集中供热工程", "垃圾焚烧发电厂",
];

export const ROAD_HEADS = ["大道", "路", "街", "大桥", "旅游公路", "一级公路"];

/** Characters for generated town and road names. */
export const PLACE_SYLLABLES = [..."东西南北上下前后新旧大小石河山沟峪坪堡庄寨营泉桥湾林川岭坡洼塔关口柳杨槐枣梨"];

export const NUMERALS = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
export const BIG_NUMERALS = ["百", "千", "万"];

/** One-character verbs and nouns of numeral slogans (`三抓三促`, `六稳`). */
export const SLOGAN_VERBS = [..."抓促保稳优强带建治改通提转融聚创惠美治兴育"];
export const SLOGAN_NOUNS = ["工程", "行动", "战略", "工作", "目标", "理念", "体系", "要求", "机制", "攻坚战"];
export const SLOGAN_PHRASE_NOUNS = ["示范", "提升", "融合", "突破", "转型", "振兴", "服务", "攻坚", "创建", "保障"];

export const SURNAMES = [..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"];
export const GIVEN_CHARACTERS = [..."伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰斌宏海波鹏飞晓文俊辉峰"];

export const LEADER_ROLES = ["县长", "代县长", "县委书记", "副县长", "常务副县长"];
export const CITY_LEADER_ROLES = ["市长", "代市长", "副市长"];

export const SECTION_TOPICS = [
  "项目建设", "产业转型", "乡村振兴", "营商环境", "城乡建设", "生态环境", "民生保障", "改革开放", "科技创新", "社会治理",
];
