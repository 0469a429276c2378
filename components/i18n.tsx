// The interface language for Preact views: a context holding the translator (English when no
// provider is above, so a view rendered on its own still reads).
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Locale, type Translator } from '../utils/locale';

const I18nContext = createContext<Translator>(translator('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator(locale)}>{children}</I18nContext.Provider>;
}

export function useT(): Translator {
  return useContext(I18nContext);
}
