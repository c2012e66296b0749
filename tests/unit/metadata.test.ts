import { describe, expect, it } from "vitest";
import { getGazetteer } from "../../ingest/gazetteer.ts";
import { inferDate, inferSpeaker, inferSubject } from "../../ingest/metadata.ts";
import { draftOf } from "../helpers/drafts.ts";

describe("metadata", () => {
  it.each([
    // title, opening of the text (real report openings from the corpus), expected subject
    ["2021年闻喜县政府工作报告", "2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:2020年是闻喜发展历程中极不平凡的一年。", "闻喜县", "运城市"],
    ["朔州市政府工作报告", "2021年2月23日在朔州市第六届人民代表大会第八次会议上 代市长吴秀玲 各位代表:我市经济发展经历了重大历史性转折。", "朔州市", null],
    ["2021年盐湖区政府工作报告", "2021年4月9日在运城市盐湖区第十七届人民代表大会第一次会议上运城市盐湖区人民政府区长;薛永琦各位代表:2020年是我区发展进程中极不平凡的一年。", "盐湖区", "运城市"],
    ["山西临县:以基础设施建设为引擎 绘就城乡发展新画卷", "近年来,山西省临县坚持以人民为中心。临县聚焦城乡互联互通,面临县域发展新机遇。", "临县", "吕梁市"],
    ["“推动高质量发展 建设美丽幸福吕梁”系列主题新闻发布会(县市区专场第八场——岚县)", "吕梁市人民政府新闻办公室组织召开发布会,岚县有关负责同志介绍情况。全县上下推动岚县高质量发展。", "岚县", "吕梁市"],
  ])("should find the subject of %s", (title, text, name, city) => {
    const subject = inferSubject(title, text);
    expect(subject?.name).toBe(name);
    expect(subject?.city).toBe(city);
    expect(subject?.province).toBe("山西省");
  });

  it("should resolve a former county name to today's division", () => {
    const subject = inferSubject("2019年龙南县政府工作报告", "龙南县坚持高质量发展,全县经济稳中向好。");
    expect(subject).toMatchObject({ name: "龙南市", city: "赣州市", province: "江西省" });
    expect(getGazetteer().lookup("龙南县")[0]?.code).toBe(subject?.code);
  });

  it.each([
    ["2021年4月13日在闻喜县第十七届人民代表大会第一次会议上", "2021-04-13"],
    ["——2022年2月9日在五寨县第十七届人民代表大会\n第二次会议上", "2022-02-09"],
    ["“推动高质量发展”系列主题新闻发布会\n2025年01月06日 19:19\n来源:吕梁发布\n1月3日上午", "2025-01-06"],
    ["近年来,山西省临县坚持以人民为中心。", null],
  ])("should date a report opening with %s", (text, date) => {
    expect(inferDate(draftOf(text))).toBe(date);
  });

  it("should fall back to the date found next to the report in the file", () => {
    expect(inferDate({ ...draftOf("近年来,临县坚持以人民为中心。"), dateHint: "2025-07-08" })).toBe("2025-07-08");
  });

  it.each([
    ["会议上县长;史玉江各位代表:", "史玉江", "县长"],
    ["会议上 代市长吴秀玲 各位代表:", "吴秀玲", "代市长"],
    ["会议上稷山县人民政府代县长;王润各位代表:", "王润", "代县长"],
    ["会议上县;长;魏;栋各位代表:", "魏栋", "县长"],
    ["第二次会议上\n五寨县人民政府县长刘志成\n各位代表:", "刘志成", "县长"],
  ])("should read the speaker from %s", (head, name, role) => {
    expect(inferSpeaker(head, null)).toEqual({ name, role });
  });

  it("should name the county head, not the host, as the speaker of a press conference", () => {
    const head = "市委宣传部副部长赵凤昌:\n记者朋友们:\n我们非常高兴邀请到岚县县委副书记、政府县长王小明。\n首先,请王小明县长作介绍。";
    expect(inferSpeaker(head, { name: "岚县", city: "吕梁市", province: "山西省" })).toEqual({ name: "王小明", role: "县长" });
  });

  it.each([
    ["首先,请赵明区长作介绍。\n区长 赵明:\n大家好!", "赵明", "区长"],
    ["2023年1月10日在乌审旗第十七届人民代表大会第二次会议上\n旗长 巴图孟和\n各位代表:", "巴图孟和", "旗长"],
    ["会议上\n乌审旗人民政府旗长巴图孟和\n各位代表:", "巴图孟和", "旗长"],
    ["会议结束后,县长王建说,全县要加快发展。", "王建", "县长"],
  ])("should not take a verb for the speaker's name in %s", (head, name, role) => {
    expect(inferSpeaker(head, null)).toEqual({ name, role });
  });

  it("should give the head-of-government title to a speaker named without one", () => {
    const subject = { name: "襄汾县", city: "临汾市", province: "山西省" };
    expect(inferSpeaker("会议上;刘春林;各位代表:现在", subject)).toEqual({ name: "刘春林", role: "县长" });
  });
});
