// Reads one sentence as the engine does after a context sentence naming a meeting: the shared
// helper of the table tests ("verdict field:severity,…", or "none" when it is not a claim).
import { expect } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });

/** A meeting named by a context sentence and the page's publication time. */
export interface MeetingContext { context: string; published: string }

/** A reader over these contexts; a key ending in "ja" joins its sentence without a space. */
export function contextReader<K extends string>(meetings: Readonly<Record<K, MeetingContext>>): (meeting: K, sentence: string) => string {
  return (meeting, sentence) => {
    const { context, published } = meetings[meeting];
    const text = `${context}${meeting.endsWith('ja') ? '' : ' '}${sentence}`;
    const report = engine.analyze({ text, published, source: 'test', title: null });
    expect(report.meeting, 'the context resolves').not.toBeNull();
    const claim = report.claims.find((c) => c.start >= context.length);
    if (!claim) return 'none';
    const flags = claim.flags.map((f) => `${f.field}:${f.severity}`).sort().join(',');
    return flags ? `${claim.verdict} ${flags}` : claim.verdict;
  };
}
