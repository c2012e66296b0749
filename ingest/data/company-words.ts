/**
 * Company context words
 * =====================
 *
 * Closed word lists for finding firms by the structure around them: list heads
 * (`A、B等龙头企业`), trigger verbs before a name, the heads and activity words
 * that make an item a facility, an institution or an industry rather than a
 * firm, and generic modifiers that never form a trade name. General Chinese
 * usage only: no names taken from any report.
 */

/** Heads after `等` that make the listed items firms (`等骨干企业`, `三家公司`). */
export const FIRM_LIST_HEADS = [
  "企业", "公司", "集团", "龙头", "厂商", "厂家", "商家", "客商", "巨头", "民企", "国企", "央企", "外企",
  "上市公司", "供应商", "经销商", "运营商", "开发商", "服务商", "品牌商", "头部企业", "链主",
];

/** Modifiers of a firm head that make the items something else (`等平台公司` are government platforms). */
export const NON_FIRM_HEAD_MODIFIERS = ["平台", "融资平台", "投融资", "国有资本", "县属国有", "市属国有"];

/** Heads after `等` that make the listed items projects. */
export const PROJECT_LIST_HEADS = ["项目", "工程"];

/**
 * Item endings that make an item a place, a facility, an institution or a
 * collective rather than a firm (`吾悦广场`, `杜仲产业园`, `康杰中学`).
 */
export const NON_FIRM_ENDINGS = [
  // facilities and sites
  "产业园", "园区", "工业园", "科技园", "示范园", "园", "基地", "中心", "广场", "小镇", "市场", "商圈", "街区",
  "综合体", "空间站", "家属院", "小区", "社区", "景区", "公园", "枢纽", "码头", "车站", "站", "场", "馆", "仓",
  "库", "楼", "大厦", "路", "街", "大道", "线", "桥", "隧道", "渠", "水库", "湖", "河", "山", "港", "谷",
  "区", "村", "镇", "乡", "县", "市", "省", "点", "片区", "新区", "城区", "带", "廊", "网点", "孵化器", "城",
  // institutions, public bodies, collectives
  "学校", "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "研究院", "研究所", "设计院", "院所",
  "合作社", "协会", "商会", "联合会", "联盟", "委员会", "政府", "管委会", "局", "办", "所", "院", "校",
  "家庭农场", "农场", "专业户", "大户", "个体户", "平台", "实验室", "工作站", "创新中心", "服务中心",
  // classes and counts, not names
  "企业", "项目", "工程", "产业", "行业", "领域", "产品", "品牌", "主体", "集群", "产业链", "业态",
];

/** Heads after a list that make its items places or institutions (`等6个乡镇`, `等13所镇级初中`). */
export const PLACE_OR_INSTITUTION_HEADS = [
  "乡镇", "村庄", "村级", "镇级", "乡级", "行政村", "自然村", "中心村", "建制镇", "集镇", "中心镇", "重点镇", "社区", "街道", "县区", "县市", "区县", "景区", "学校", "小学",
  "中学", "初中", "高中", "幼儿园", "医院", "卫生院", "院校", "高校", "院所", "单位", "部门", "机构", "组织",
  "领域", "行业", "产业", "产品", "品种", "资源", "板块", "市场", "要素",
  "业态", "新业态", "服务业", "服务", "业务", "技术", "工艺", "装备", "设施", "文化", "特产", "农产品",
];

/**
 * Industry words too common in ordinary phrases to mark a firm on their own
 * (`乡贤文化`, `城市建设`, `养老保险`): the part before them must be a trade name
 * of rare words.
 */
export const WEAK_INDUSTRY_SUFFIXES = [
  "农业", "文化", "旅游", "建设", "环境", "生态", "技术", "信息", "数据", "网络", "教育", "健康", "医疗", "投资",
  "资本", "商业", "保险", "智能", "康养", "运输", "航空", "交通", "设计", "咨询", "材料", "新材料", "能源",
  "新能源", "电力", "光伏", "风电", "储能", "建筑", "建设", "物流", "电商", "信托", "基金", "节能", "环保",
];

/**
 * Activity words: an item ending in one is an industry or a project
 * (`农产品加工`, `轻工制造`, `肉牛养殖`), not a firm name.
 */
export const ACTIVITY_WORDS = [
  "加工", "制造", "生产", "种植", "养殖", "服务", "销售", "开发", "建设", "改造", "扩建", "新建", "技改",
  "升级", "提升", "研发", "培训", "治理", "利用", "回收", "处理", "降解", "联产", "发电", "供热", "储能",
  "运营", "经营", "贸易", "流通", "配送", "仓储", "物流园", "交易", "批发", "零售", "旅游", "康养", "融合",
  "示范", "试点", "整治", "保护", "修复", "搬迁", "安置", "入驻", "投产", "建成", "落地", "达产",
];

/**
 * Generic modifiers that, alone or with an industry word, describe a sector
 * (`现代农业`, `冷链物流`, `新型建材`), never a trade name.
 */
export const GENERIC_MODIFIERS = [
  "现代", "传统", "新兴", "新型", "先进", "高端", "高新", "高新技术", "绿色", "有机", "生态", "循环", "低碳",
  "清洁", "智慧", "智能", "数字", "数据", "特色", "优势", "重点", "骨干", "龙头", "规模", "规上", "中小",
  "小微", "民营", "国有", "外资", "本地", "本土", "地方", "县域", "农村", "城市", "城乡", "乡村", "农业",
  "工业", "农产品", "农副产品", "食品", "冷链", "电子", "网络", "文化", "旅游", "文旅", "商贸", "物流",
  "综合", "配套", "上下游", "关联", "相关", "知名", "优质", "一流", "大型", "中型", "小型", "新", "老",
  "大", "小", "精品", "高效", "节能", "环保", "新能源", "新材料", "装备", "医药", "生物", "化工", "能源",
  "光伏", "风电", "煤炭", "钢铁", "建材", "轻工", "纺织", "医疗", "健康", "教育", "金融", "保险", "电商",
  "跨境", "互联网", "科技", "技术", "创新", "创业", "孵化", "专精特新", "小巨人", "制造", "加工", "服务",
  "国家级", "省级", "市级", "县级", "全国", "全省", "全市", "全县", "国内", "国际", "海外", "境外", "外地",
  "平台", "专业化", "上市", "管理", "运营", "发展", "开发", "实体", "合资", "独资", "私营", "个体", "集体", "股份制",
  "公司制", "省属", "市属", "县属", "国营", "乡镇", "村级", "头部", "潜力", "成长型", "领军", "标杆", "示范",
  "汽修", "汽配", "餐饮", "住宿", "批发", "零售", "家政", "养老", "育幼", "托育", "助餐", "文体", "康养", "物业",
  "功能", "保健", "休闲", "观光", "体验", "会展", "研学", "民宿", "农家乐", "直播", "在线", "线上", "线下",
  "限上", "规上", "限额以上", "规模以上", "分质", "分级", "梯级", "全域", "固废", "危废", "大宗", "分布式", "集中式", "宜居", "投资", "资本", "材料", "信息", "技术", "数据",
];

/**
 * Activities a firm does (`佳晟肉牛养殖`, `富亨迪镁粉扩建`), as opposed to the
 * construction works done at a place (`苏溪基础设施建设`): only these end a
 * project name whose front is a trade name.
 */
export const FIRM_ACTIVITY_WORDS = [
  "加工", "制造", "生产", "种植", "养殖", "销售", "研发", "培训", "回收", "利用", "处理", "降解", "联产", "发电",
  "供热", "储能", "扩建", "技改", "扩产", "扩规", "屠宰", "仓储", "配送", "冶炼", "开采", "制备", "组装", "扩能",
];

/** Verbs before a name or list that say the items are firms being attracted or supported. */
export const FIRM_TRIGGER_VERBS = [
  "引进", "引入", "招引", "吸引", "支持", "扶持", "鼓励", "引导", "帮助", "帮扶", "培育", "推动", "组织",
  "依托", "服务", "对接", "联合", "携手", "借助", "发挥",
];

/**
 * Verbs that stand before a firm or project name in reports (`建成恒源…项目`,
 * `聘请土人公司`): a closed list, so the rarer verbs inside names
 * (`煅烧`, `饲养`, `防护`) do not cut them.
 */
export const LEFT_BOUNDARY_VERBS = [
  "打造", "建成", "建好", "完成", "开展", "做好", "确保", "力争", "争取", "谋划", "实现", "成立", "组建", "设立",
  "新增", "督促", "指导", "保障", "聘请", "瞄准", "聚焦", "突出", "着力", "加大", "推广", "提升", "升级", "改造",
  "培育", "发展", "壮大", "投资", "投入", "实施", "推进", "加快", "启动", "抓好", "抓紧", "抓实", "落实", "开工",
  "竣工", "投产", "签订", "签署", "引导", "鼓励", "吸引", "扶持", "支持", "依托", "借助", "利用", "发挥", "服务",
  "帮助", "帮扶", "促进", "推动", "引进", "引入", "招引", "建设", "新建", "扩建", "续建", "改建", "筹建", "规划",
  "谋划", "储备", "包装", "策划", "洽谈", "对接", "合作", "携手", "联合", "整合", "重组", "收购", "并购", "入驻",
  "落户", "进驻", "成为", "获得", "荣获", "入选", "认定", "评为", "申报", "创建", "举办", "承办", "参加", "组织",
  "形成", "构建", "完善", "健全", "强化", "加强", "深化", "持续", "全面", "积极", "大力", "重点", "主要", "加速",
];

/**
 * Business-scope words between a trade name and its legal form
 * (`康颐养老服务有限公司`, `城市建设发展有限公司`): verbs that end a name
 * elsewhere but belong to it before `有限公司`.
 */
export const BUSINESS_SCOPE_WORDS = [
  "服务", "发展", "建设", "开发", "投资", "管理", "运营", "经营", "咨询", "营销", "销售", "制造", "生产", "加工",
  "养殖", "种植", "贸易", "规划", "设计", "施工", "安装", "研发", "推广", "利用", "回收", "处理", "培训", "合作",
];

/** Verbs and nouns right after a single name that say it is a firm acting (`X申报省级龙头企业`). */
export const FIRM_PREDICATES = [
  "申报", "上市", "挂牌", "做大做强", "发展壮大", "扩大规模", "扩规", "扩产", "技改", "入驻", "落户", "投资",
  "签约", "合作", "牵头", "开展", "实现", "完成", "启动", "建设", "投产", "产值", "销售收入", "营业收入",
];

/** Heads a firm is the center of: `以X为龙头`. */
export const LEAD_ROLE_WORDS = ["龙头", "引领", "主导", "链主", "核心企业"];

/** Prefixes that rank a firm (`世界500强正威`). */
export const RANKING_PREFIX = /(?:世界|全球|中国|全国|民营|国内)(?:企业)?(?:500|五百|100|一百)强(?:企业)?/;
