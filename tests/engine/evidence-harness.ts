// A small record set and the retrieval a claim goes through, shared by the evidence tests: two
// records of one meeting (English and Japanese) built from paragraphs a test writes, and whether a
// claim's best paragraph there would make it "supported".
import { OfficialRecordSchema, type OfficialRecord } from '../../data/schema';
import { gazetteer } from '../../data/gazetteer';
import { Knowledge } from '../../engine/knowledge';
import { RecordIndex } from '../../engine/record-index';
import { claimTermsOf } from '../../engine/terms';
import { isContentTerm, mayStateTwoOutcomes, retrieve, type Retrieved } from '../../engine/retrieve';
import { coveredByPassage } from '../../engine/verdict';
import { scanText } from '../../engine/text/width';
import { hasJapanese } from '../../engine/text/script';

export const knowledge = new Knowledge(gazetteer);

/** A record of the 15 January 2026 meeting at the Pentagon with the given paragraphs (the first opens it). */
export function record(id: string, language: 'en' | 'ja', paragraphs: [string, string][]): OfficialRecord {
  return OfficialRecordSchema.parse({
    id, language, title: 't', sourceUrl: null, sourceFile: null, published: null, opening: paragraphs[0]![1],
    meeting: {
      date: '2026-01-15', format: 'in-person', start: null, timeZone: null, durationMinutes: null,
      place: { text: 'at the Pentagon', venue: 'Pentagon', city: 'Washington', country: 'US', entity: 'place/pentagon' },
      participants: [
        { name: 'Koizumi', entity: 'person/koizumi', role: 'Minister of Defense', country: 'JP' },
        { name: 'Hegseth', entity: 'person/hegseth', role: 'Secretary of War', country: 'US' },
      ],
    },
    paragraphs: paragraphs.map(([pid, text]) => ({ id: pid, section: null, text })),
  });
}

/** The best paragraph of `target` for a claim, as the engine retrieves it (another language counts ids and Latin words only). */
export function checkIn(index: RecordIndex, claim: string, target: OfficialRecord): Retrieved | null {
  const details = index.detailsOf(target);
  const cross = hasJapanese(claim) !== (target.language === 'ja');
  const isContent = (t: string) => (!cross || /^[@a-z]/.test(t)) && isContentTerm(t, (id) => knowledge.get(id)?.kind, details.setting);
  return retrieve(claimTermsOf(scanText(claim), knowledge.termMatcher.findAll(claim)), details, index.rarity(), isContent, mayStateTwoOutcomes(claim));
}

/** The retrieved paragraph covers the claim well enough for the verdict to call it supported. */
export const supports = (found: Retrieved | null) => !!found
  && coveredByPassage({ flags: [], coverage: found.coverage, matched: found.matched, meetingClaim: false, agreeing: 0, contentTerms: 0 });
