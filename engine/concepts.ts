// The concept table as matcher entries and as term expansion: concept forms are added to the
// gazetteer's aliases in one trie (Knowledge.termMatcher), and a narrower id also names its
// broader one (BROADER), so "revise the National Security Strategy" meets "the three strategic
// documents".
import type { Entity } from '../data/schema';
import type { AliasEntry } from './matcher';
import { BROADER, CONCEPTS } from './lang/concepts';

export const CONCEPT_PREFIX = 'concept/';

export function isConceptId(id: string): boolean {
  return id.startsWith(CONCEPT_PREFIX);
}

/** Every concept form as a matcher entry. */
export function conceptEntries(): AliasEntry[] {
  return CONCEPTS.flatMap((c) => [...c.en, ...c.ja].map((alias) => ({ alias, entity: c.id })));
}

/** Gazetteer aliases first (they keep an alias both claim), then concept forms. */
export function termEntries(gazetteer: readonly Entity[]): AliasEntry[] {
  return [
    ...gazetteer.flatMap((e) => [e.name, ...e.aliases.en, ...(e.nameJa ? [e.nameJa] : []), ...e.aliases.ja].map((alias) => ({ alias, entity: e.id }))),
    ...conceptEntries(),
  ];
}

/** The id and every broader id it implies, nearest first. */
export function withBroader(id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const b of BROADER[out[i]!] ?? []) if (!out.includes(b)) out.push(b);
  return out;
}
