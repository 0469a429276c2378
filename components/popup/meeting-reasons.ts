// The engine's reasons for choosing a meeting (engine/report.ts MeetingReason: a code and its
// parameters) in the interface's language: dates by Intl for the locale, names as the
// gazetteer gives them in Japanese where it has a Japanese name, the article's and the record's
// words quoted as written. Pure, so every wording is unit-testable.
import type { MeetingReason, ReasonName } from '../../engine/report';
import type { StringKey } from '../../utils/strings-en';
import type { Translator } from '../../utils/translate';

/** A name in the interface's language: the Japanese name in Japanese where there is one. */
export function nameIn(n: ReasonName, locale: Translator['locale']): string {
  return locale === 'ja' && n.nameJa ? n.nameJa : n.name;
}

export function reasonWords(r: MeetingReason, tr: Translator): string {
  const { t, plural, day, list, locale } = tr;
  switch (r.code) {
    case 'date-fits': {
      const key = `why.date-fits${r.weekday ? '.weekday' : ''}${r.zone ? '.zone' : ''}` as StringKey;
      return t(key, { stated: r.stated, date: day(r.date) });
    }
    case 'dates-differ':
      return t('why.dates-differ', { date: day(r.date) });
    case 'date-days-off':
      return plural('why.date-days-off', r.days, { stated: r.stated, date: day(r.date) });
    case 'participants':
    case 'topics':
      return t(`why.${r.code}`, { names: list(r.names.map((n) => nameIn(n, locale))) });
    case 'place-fits':
    case 'place-differs':
      return t(`why.${r.code}`, { place: nameIn(r.place, locale), venue: r.venue });
    case 'preview':
      return plural('why.preview', r.days);
    case 'published':
      return r.days === 0 ? t('why.published-same-day') : plural('why.published', r.days);
    case 'another-meeting':
      return t('why.another-meeting');
  }
}
