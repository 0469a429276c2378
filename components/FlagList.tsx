// The differences between an article's claim and the official record, article-versus-record.
// Both sides are quoted as written; field names and explanations follow the interface language.
/** @jsxImportSource @/components/dom */
import type { Flag } from '../engine/report';
import type { Translator } from '../utils/translate';
import { words } from './card-words';

export interface FlagListProps {
  flags: readonly Flag[];
}

/** The engine explains in English; the Japanese interface says the same in general terms. */
export function flagExplanation(flag: Flag, tr: Translator): string {
  return tr.locale === 'ja' ? tr.t(`flagWhy.${flag.field}.${flag.severity}`) : flag.explanation;
}

export function FlagList({ flags }: FlagListProps) {
  const tr = words();
  const { t } = tr;
  if (flags.length === 0) return null;
  return (
    <ul class="rl-flags">
      {flags.map((f, i) => (
        <li key={i} class={`rl-flag rl-flag-${f.severity}`}>
          <span class="rl-flag-field">
            {t(`field.${f.field}`)}
            {f.severity === 'minor' ? ` ${t('flag.minor')}` : ''}
          </span>
          <p class="rl-flag-compare">
            <span class="rl-side">{t('flag.article')} </span>
            <span class="rl-article">{f.article}</span>
            <span class="rl-sep"> · </span>
            <span class="rl-side">{t('flag.official')} </span>
            <span class="rl-official">{f.official}</span>
          </p>
          <p class="rl-flag-why" lang={tr.locale === 'ja' ? 'ja' : 'en'}>{flagExplanation(f, tr)}</p>
        </li>
      ))}
    </ul>
  );
}
