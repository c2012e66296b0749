/**
 * Extractor registry
 * ==================
 *
 * Order matters: later extractors see earlier mentions (slogans claim quoted
 * spans before firms and projects look at them).
 */
import { companyExtractor } from "./company.ts";
import { personExtractor } from "./person.ts";
import { placeExtractor } from "./place.ts";
import { projectExtractor } from "./project.ts";
import { sloganExtractor } from "./slogan.ts";
import type { MentionExtractor } from "./types.ts";

export const EXTRACTORS: readonly MentionExtractor[] = [
  sloganExtractor,
  personExtractor,
  companyExtractor,
  projectExtractor,
  placeExtractor,
];
