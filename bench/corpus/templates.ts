/**
 * Sentence shapes
 * ===============
 *
 * Sentences in the style of the sample corpus's county reports, with slots
 * for the names of the synthetic world: `{firm}` (full legal name),
 * `{firmShort}`, `{project}`, `{slogan}`, `{town}`, `{county}`,
 * `{countyShort}`, `{person}`, `{product}` and numbers (`{amount}` yi yuan,
 * `{int}`, `{pct}`, `{big}`). FACTS carry entities (and some traps: brands,
 * honorary titles and metaphors in quotes); FILLER is the policy prose
 * around them.
 */

export const FACTS: readonly string[] = [
  "新引进项目{int}项,协议引资额突破{big}亿元,{firmShort}、{firmShort}、{firmShort}等一批重大项目快速推进、投产见效。",
  "积极引进{firmShort}、{firmShort}、{firmShort}等{int}家企业,{project}建成投产。",
  "总投资{amount}亿元的{project}开工建设,{project}竣工投用。",
  "实施{project}、{project}等重点工程,全年完成投资{amount}亿元。",
  "{firm}入选农业产业化国家重点龙头企业,{firmShort}在“新三板”挂牌上市。",
  "紧扣市委“{slogan}”经济工作主抓手,扎实做好“{slogan}”“{slogan}”工作,全力实施“{slogan}”发展战略。",
  "坚持“{slogan}”工作思路,深入推进“{slogan}”行动,确保全年目标任务圆满完成。",
  "与{firm}签订战略合作协议,投资{amount}亿元的{firmShort}年产{int}万吨{product}项目落地{town}。",
  "{town}、{town}、{town}污水处理站建成投用,新建污水管网{amount}公里。",
  "加快推进{project},力争年内建成投产。",
  "{firmShort}、{firmShort}等{int}户企业新晋规上工业企业,全县规上工业增加值增长{pct}。",
  "全年新增市场主体{big}户,{firm}、{firm}获评省级“专精特新”企业。",
  "成功创建“省级{product}示范县”,“{countyShort}{product}”品牌影响力持续扩大。",
  "以“钉钉子”精神抓落实,跑出项目建设“加速度”。",
  "投资{amount}亿元实施电网工程{int}项,{project}顺利投运。",
  "{countyShort}县副县长{person}主持召开专题会议,安排部署{project}建设工作。",
  "支持{firmShort}扩能改造,推动{firm}{amount}亿元技改项目尽快达产达效。",
  "依托{firmShort}等龙头企业,打造{countyShort}{product}全产业链,{project}主体完工。",
  "全面落实省委“{slogan}”总体思路和要求,大力践行“{slogan}”理念。",
  "坚持把招商引资作为“一号工程”,引进{firm}投资建设{project},年可实现产值{amount}亿元。",
  "{firm}与{firm}合作的{project}签约落地,总投资{amount}亿元。",
  "大力实施“{slogan}”工程,{town}、{town}入选省级乡村振兴示范乡镇。",
  "在{firm}、{firm}带动下,全县{product}产业产值达到{amount}亿元,增长{pct}。",
  "推动{project}、{project}、{project}等项目早开工、早投产、早见效。",
];

export const FILLER: readonly string[] = [
  "全县地区生产总值完成{amount}亿元,同比增长{pct},增速跃居全市第一。",
  "规上工业增加值完成{amount}亿元;社会消费品零售总额完成{amount}亿元;固定资产投资完成{amount}亿元。",
  "城乡居民人均可支配收入分别完成{big}元、{big}元,各项主要经济指标位居全市第一方阵。",
  "准确研判形势,科学做好防控工作,第一时间成立指挥部,建立县乡村组四级防控体系。",
  "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,认真落实省、市决策部署。",
  "主动担当、锐意进取,经济社会各项事业迈上新台阶。",
  "严格落实过渡期内各项要求,保持现有帮扶政策、资金支持、帮扶力量总体稳定。",
  "深化医疗卫生体制改革,县域医疗卫生服务能力明显提升。",
  "全社会研发经费投入强度持续提高,创新平台数量质量稳步提升,企业技术创新能力全面提升。",
  "加快开发区土地征收报批,年内供地{big}亩以上,保证重点项目占地需求。",
  "强化预算约束和绩效管理,严控一般性支出,厉行勤俭节约。",
  "审批事项办理时限平均缩减{pct},行政许可集中度达到{pct},市场主体扩容至{amount}万家。",
  "造林绿化{amount}万亩,空气质量优良天数达到{int}天,森林覆盖率提高{amount}个百分点。",
  "下大力气打通基层政务服务“最后一公里”,{int}个行政村和{int}个社区便民服务场所全部建成。",
  "完成易地搬迁{int}个村{big}户,提升改造农村饮水工程{int}处,改造县乡村公路{int}公里。",
  "粮食种植面积达到{big}亩以上,粮食总产量稳定在{amount}亿公斤以上。",
  "严格落实建筑工地扬尘治理要求,扎实开展重污染天气管控,完成约束性指标任务。",
  "坚决落实全面从严治党要求,认真履行政府系统党风廉政建设主体责任。",
  "持续优化营商环境,推行企业投资项目承诺制,审批材料压减{pct}。",
  "新建改建中小学{int}所、幼儿园{int}所,新增学位{big}个。",
  "城镇新增就业{big}人,城镇登记失业率控制在{pct}以内。",
  "全面推进安全生产专项整治三年行动,事故起数、死亡人数分别下降{pct}和{pct}。",
  "用好招商引资优惠政策,全年完成招商引资签约额{big}亿元,签约项目开工率达到{pct}以上。",
  "加强重点领域、关键环节的审计监督,行政权力、财政资金得到规范有效管控。",
  "城乡居民基本养老保险参保率稳定在{pct}以上,低保标准每人每月提高{int}元。",
  "推进农村人居环境整治,完成农村户厕改造{big}座,生活垃圾收运处置体系覆盖全部行政村。",
  "做好今年工作,要坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念。",
  "我们将以更加昂扬的精神状态、更加务实的工作作风,奋力谱写高质量发展新篇章!",
  "一般公共预算收入完成{amount}亿元,增长{pct},财政收支保持平稳。",
  "金融机构各项存款余额达{big}亿元,较年初增加{amount}亿元。",
];

/** Subsection headings of the review and plan parts. */
export const HEADINGS: readonly string[] = [
  "坚持项目为王,{topic}取得新突破",
  "全力抓好{topic},持续夯实高质量发展底盘",
  "聚焦{topic},奋力跑出转型发展加速度",
  "着力推进{topic},发展后劲持续增强",
];
