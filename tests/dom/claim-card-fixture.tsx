// Shared by the DOM tests that show a real claim card: the engine over the bundled records, the
// report of a fixture article, and a claim's card mounted in a locale (unmounted after each test).
/** @jsxImportSource @/components/dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimCard } from '../../components/ClaimCard';
import { drawCard, removeCards } from './draw-card';
import { claimCard } from '../../entrypoints/news.content/card-content';
import { createEngine } from '../../engine';
import type { Claim, Report } from '../../engine/report';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';
import { articleFromSource } from '../../scripts/lib/article-text';

export const engine = createEngine({ records: bundledRecords, gazetteer });

/** The report of tests/fixtures/articles/<file>, read as the checker reads it. */
export function fixtureReport(file: string): Report {
  const page = articleFromSource(readFileSync(join(import.meta.dirname, '../fixtures/articles', file), 'utf8'), true);
  return engine.analyze({ ...page, source: file });
}

/** Mounts the card the content script would show for `claim`, with every flag shown. */
export function mountClaimCard(claim: Claim, report: Report, locale: 'en' | 'ja' = 'en') {
  const card = claimCard(claim, report, engine, true);
  if (card.kind !== 'claim') throw new Error('expected a claim card');
  const props = card.props;
  return { card, el: drawCard(() => <ClaimCard {...props} />, locale) };
}

/** For afterEach: removes every card mounted since. */
export const unmountClaimCards = removeCards;
