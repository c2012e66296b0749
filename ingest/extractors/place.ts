/**
 * Place extractor
 * ===============
 *
 * `County` mentions (all administrative levels) from the gazetteer scan. The
 * canonical name is the division's current full name, so `闻喜`, `闻喜县` and a
 * former name all become one entity.
 */
import type { Mention } from "../types.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";
import { sentenceAt } from "./sentence-index.ts";

export const placeExtractor: MentionExtractor = {
  type: "County",
  extract(context: ReportContext, earlier: readonly Mention[]): Mention[] {
    const slogans = earlier.filter((m) => m.type === "Slogan");
    // `绿水青山就是金山银山`: a short form inside a slogan is the slogan's word, not the county
    const inSlogan = (place: ReportContext["places"][number]) =>
      !place.isFullName && slogans.some((slogan) => place.start >= slogan.start && place.end <= slogan.end);
    return context.places.filter((place) => !inSlogan(place)).map((place) => ({
      type: "County",
      name: place.division.name,
      start: place.start,
      end: place.end,
      sentence: sentenceAt(context.sentences, place.start),
      props: { code: place.division.code, level: place.division.level },
    }));
  },
};
