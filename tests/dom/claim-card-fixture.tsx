// Shared by the DOM tests that show a real claim card: the engine over the bundled records, the
// report of a fixture article, and a claim's card mounted in a locale (unmounted after each test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import { I18nProvider } from '../../components/i18n';
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

const hosts: HTMLElement[] = [];

/** Mounts the card the content script would show for `claim`, with every flag shown. */
export function mountClaimCard(claim: Claim, report: Report, locale: 'en' | 'ja' = 'en') {
  const card = claimCard(claim, report, engine, true);
  if (card.kind !== 'claim') throw new Error('expected a claim card');
  const el = document.createElement('div');
  document.body.append(el);
  hosts.push(el);
  render(<I18nProvider locale={locale}><ClaimCard {...card.props} /></I18nProvider>, el);
  return { card, el };
}

/** For afterEach: unmounts and removes every card mounted since. */
export function unmountClaimCards(): void {
  for (const el of hosts.splice(0)) {
    render(null, el);
    el.remove();
  }
}
