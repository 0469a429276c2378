// Top-level pipeline: text in, report out. (Work in progress: filled in by the engine modules.)
import type { Entity, OfficialRecord } from '../data/schema';
import type { Mention, Report } from './report';

export interface EngineData {
  records: readonly OfficialRecord[];
  gazetteer: readonly Entity[];
}

export interface PageInput {
  /** The page's main text; offsets in the report point into it. */
  text: string;
  /** ISO 8601 publication date-time of the page, or null when unknown. */
  published: string | null;
  source: string;
  title: string | null;
}

export interface Engine {
  analyze(page: PageInput): Report;
  /** Entity mentions only: cheap, used to decide whether a page needs the full analysis. */
  findMentions(text: string): Mention[];
  entity(id: string): Entity | undefined;
  record(id: string): OfficialRecord | undefined;
}

export function createEngine(data: EngineData): Engine {
  const entities = new Map(data.gazetteer.map((e) => [e.id, e]));
  const records = new Map(data.records.map((r) => [r.id, r]));
  return {
    analyze: (page) => ({
      source: page.source, title: page.title, language: 'en', published: page.published,
      meeting: null, mentions: [], claims: [],
    }),
    findMentions: () => [],
    entity: (id) => entities.get(id),
    record: (id) => records.get(id),
  };
}
