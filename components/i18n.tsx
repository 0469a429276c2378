// The interface language for the extension's own pages (popup, side panel, settings): a Preact
// context holding the translator over the bundled catalogues for a locale. The hover card does
// not use it: it is drawn as DOM nodes at once, in the language components/card-words.ts binds
// (the content script carries neither Preact nor a catalogue). A view rendered outside the
// provider has no language to speak and says so (an error), instead of silently speaking English.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Locale } from '../utils/locale';
import type { Translator } from '../utils/translate';

const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator(locale)}>{children}</I18nContext.Provider>;
}

export function useT(): Translator {
  const t = useContext(I18nContext);
  if (!t) throw new Error('Readout Lens: a view was rendered outside an I18nProvider (no interface language)');
  return t;
}
