// Attribution in news sentences: who said it, not what was agreed (engine/attribution.ts drops
// these spans from a claim's terms). Each pattern is global; a match is one span.

export const ATTRIBUTION_PATTERNS: readonly RegExp[] = [
  // "according to a Defense Ministry statement", "according to Japanese officials"
  /\baccording to\s+(?:an?\s+|the\s+)?[^,.;:]{0,60}?(?=[,.;:]|$)/gi,
  // ", officials said", ", the Pentagon said in a statement", ", a ministry spokesperson told reporters"
  /,\s*(?:(?:an?|the)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}(?:officials?|ministry|spokes(?:person|man|woman)|statement|readout|Pentagon|[A-Z][a-z]+)\s+(?:said|says|told\s+reporters|told\s+\w+|stated|announced)(?:\s+(?:in|on)\s+(?:an?\s+|the\s+)?[\w\s-]{0,40}?)?(?=[,.;:]|$)/g,
  // "said in a statement" at the end of a clause
  /\b(?:said|stated|announced)\s+in\s+(?:an?|the|its)\s+(?:\w+\s+){0,2}(?:statement|readout|release|briefing)\b/gi,
  // a transcript's speaker label ("OHARA:", "REPORTER:")
  /^\s*[A-Z][A-Z.' -]{1,30}:/g,
  // 「防衛省によると」「関係者によれば」「共同通信によると」
  /[^、。「」\s]{1,20}(?:によると|によれば)、?/g,
  // 「…と防衛省が発表した」「…と明らかにした」 at the end (the quoted content stays)
  /と(?:[^、。「」]{1,15}(?:が|は))?(?:発表|明らかに|述べ|語)(?:した|っ?た)/g,
];

// Joins of two outcomes in one sentence: "agreed to X and to Y", "X as well as Y", 「Xし、Y」「Xとともに、Y」「また」.
export const TWO_OUTCOME_JOINS = /\b(?:and|as well as|while|along with)\b|[^\s、。]し、|とともに|ほか、|また、|に加え/i;
