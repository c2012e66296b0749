/**
 * Chinese surnames
 * ================
 *
 * The common single-character surnames (about 99% of the population) and the
 * usual compound ones, to tell a personal name from the word after a title.
 */

export const SINGLE_SURNAMES = new Set(
  [
    ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
    ..."常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
    ..."鞠鄢逯燕暴郁荆封厉芮慕毋茹郜蔺阎宿晋帅相练索闻粟栗亢展原弓郗智宣揭蓬雍井冶尉银衡",
    // common among the Yi, Dai and other peoples of the southwest, and rarer Han surnames
    ..."普禄杞刀晁扈郦仝匡奚雒",
    // common among the Yao and Zhuang of the south
    ..."盘",
    // common among the Hui of the northwest
    ..."海喇撒哈虎沙妥敏穆",
  ],
);

export const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫", "西门", "独孤"];

/** True when `name` (2-4 characters) starts with a known surname and has a one- or two-character given name. */
export function looksLikePersonalName(name: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(name)) return false;
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return name.length - compound.length >= 1 && name.length - compound.length <= 2;
  return SINGLE_SURNAMES.has(name[0]!) && name.length <= 3;
}
