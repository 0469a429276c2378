// Record ids: "mod-<language>-<meeting date>", with "-2", "-3" … when the caller reports a collision.

export function recordBaseId(language: 'en' | 'ja', meetingDate: string): string {
  return `mod-${language}-${meetingDate}`;
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
