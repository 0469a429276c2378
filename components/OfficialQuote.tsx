// One official paragraph as a card shows it: a caption saying whose text it is, the paragraph
// verbatim (tagged with its language), and where it comes from, with a link to the source.
/** @jsxImportSource @/components/dom */
import type { Child } from './dom/jsx-runtime';
import type { Translator } from '../utils/locale';
import type { OfficialQuote } from './official-quotes';
import { words } from './card-words';

export interface OfficialSource {
  /** The official record's title, e.g. "Japan-U.S. Defense Ministerial Meeting". */
  title: string;
  /** Date of the meeting (or publication), YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  /** The source file the record was built from, shown when there is no URL. */
  file: string | null;
  /** The paragraph's number in the summary, e.g. "2(3)". */
  paragraph: string | null;
}

/**
 * A paragraph's place in the summary, from the record's paragraph id: "intro", numbered ones
 * ("2", "2(3)"), unnumbered ones ("p3") and those under a number ("1-p2", "2-b1").
 */
export function paragraphLabel(id: string, t: Translator['t']): string {
  if (id === 'intro') return t('source.intro');
  const nth = /^p(\d+)$/.exec(id);
  if (nth) return t('source.paragraphNth', { n: Number(nth[1]) });
  const under = /^(.+)-([pb])(\d+)$/.exec(id);
  if (under) return t(under[2] === 'p' ? 'source.paragraphIn' : 'source.pointIn', { section: under[1]!, n: Number(under[3]) });
  return t('source.paragraph', { n: id });
}

export function SourceLine({ source }: { source: OfficialSource }) {
  const { t, day } = words();
  return (
    <p class="rl-source">
      <span class="rl-source-title" lang="en">{source.title}</span>
      {source.date ? <span class="rl-source-date"> · {day(source.date)}</span> : null}
      {source.paragraph ? <span class="rl-source-para"> · {paragraphLabel(source.paragraph, t)}</span> : null}
      {' · '}
      {source.url ? (
        <a class="rl-source-link" href={source.url} target="_blank" rel="noopener noreferrer">
          {t('source.link')}
        </a>
      ) : (
        <span class="rl-source-file">{source.file ? t('source.file', { file: source.file }) : t('source.none')}</span>
      )}
    </p>
  );
}

export interface QuoteFigureProps {
  caption: string;
  text: string;
  language: 'en' | 'ja' | null;
  source: OfficialSource | null;
  /** Extra class naming the quote's role, e.g. "rl-official-translation". */
  role?: string;
  children?: Child;
}

export function QuoteFigure({ caption, text, language, source, role, children }: QuoteFigureProps) {
  return (
    <figure class={`rl-official${role ? ` ${role}` : ''}`}>
      <figcaption class="rl-official-label">{caption}</figcaption>
      <blockquote class="rl-official-text" lang={language ?? undefined}>{text}</blockquote>
      {source ? <SourceLine source={source} /> : null}
      {children}
    </figure>
  );
}

/** A further paragraph (another outcome, the other government's account, the other language). */
export function FurtherQuote({ quote }: { quote: OfficialQuote }) {
  const { t } = words();
  const account = t(`account.${quote.account}`);
  const caption = quote.role === 'also'
    ? t('card.alsoSays', { account })
    : quote.role === 'translation'
      ? t(quote.language === 'ja' ? 'card.inJapanese' : 'card.inEnglish', { account })
      : t('card.accountSays', { account });
  return (
    <QuoteFigure caption={caption} text={quote.text} language={quote.language} source={quote.source} role={`rl-official-${quote.role}`} />
  );
}
