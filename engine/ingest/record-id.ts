// Record ids: "mod-<language>-<meeting date>" for the Japan MoD's texts, "dod-…" for the U.S.
// DoD's, with "-2", "-3" … when the caller reports a collision.

export function recordBaseId(language: 'en' | 'ja', meetingDate: string, account: 'japan-mod' | 'us-dod' = 'japan-mod'): string {
  return `${account === 'us-dod' ? 'dod' : 'mod'}-${language}-${meetingDate}`;
}

/**
 * The id to use given the ids already taken by records of other sources: the base id when free,
 * else the base with the smallest free suffix from -2 on.
 */
export function uniqueRecordId(baseId: string, taken: ReadonlySet<string> | readonly string[]): string {
  const has = (id: string): boolean => (Array.isArray(taken) ? taken.includes(id) : (taken as ReadonlySet<string>).has(id));
  if (!has(baseId)) return baseId;
  for (let k = 2; ; k++) if (!has(`${baseId}-${k}`)) return `${baseId}-${k}`;
}
