/**
 * Script and converter damage
 * ===========================
 *
 * Simplified -> Traditional (OpenCC through opencc-js), and the pinyin that
 * some web converters leave after converted characters (`發(fā)展`).
 */
import * as OpenCC from "opencc-js";
import type { Random } from "./random.ts";

const toTraditionalConverter = OpenCC.Converter({ from: "cn", to: "tw" });

export function toTraditional(text: string): string {
  return toTraditionalConverter(text);
}

/** Pinyin of Traditional characters that converters annotate. */
const CONVERTER_PINYIN: Record<string, string> = {
  發: "fā", 會: "huì", 動: "dòng", 設: "shè", 區: "qū", 團: "tuán", 內: "nèi", 場: "chǎng", 產: "chǎn",
  業: "yè", 農: "nóng", 開: "kāi", 實: "shí", 進: "jìn", 經: "jīng", 濟: "jì", 環: "huán", 務: "wù",
  項: "xiàng", 資: "zī", 億: "yì", 萬: "wàn", 極: "jí", 廣: "guǎng", 續: "xù", 縣: "xiàn", 長: "zhǎng",
  們: "men", 個: "gè", 為: "wèi", 與: "yǔ", 質: "zhì", 鎮: "zhèn", 鄉: "xiāng", 書: "shū", 記: "jì",
};

export function withConverterPinyin(text: string, random: Random, share = 0.8): string {
  let out = "";
  for (const character of text) {
    out += character;
    const pinyin = CONVERTER_PINYIN[character];
    if (pinyin && random.chance(share)) out += `(${pinyin})`;
  }
  return out;
}
