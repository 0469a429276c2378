// The interface language for Preact views: a context holding the translator. The extension's
// pages name a locale (I18nProvider, over the bundled catalogues); the hover card passes the
// translator it built from the strings the background sent (TranslatorProvider), so the content
// script never bundles a catalogue. A view rendered outside both has no language to speak and
// says so (an error), instead of silently speaking English.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Locale } from '../utils/locale';
import type { Translator } from '../utils/translate';

const I18nContext = createContext<Translator | null>(null);

export function TranslatorProvider({ value, children }: { value: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <TranslatorProvider value={translator(locale)}>{children}</TranslatorProvider>;
}

export function useT(): Translator {
  const t = useContext(I18nContext);
  if (!t) throw new Error('Readout Lens: a view was rendered outside an I18nProvider (no interface language)');
  return t;
}
