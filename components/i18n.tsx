// The interface language for Preact views: a module-level binding to the translator, set by the
// provider at the top of the tree. The extension's pages name a locale (I18nProvider, over the
// bundled catalogues); the hover card passes the translator it built from the strings the
// background sent (TranslatorProvider), so the content script never bundles a catalogue.
// A binding rather than a Preact context because the context's useContext pulled preact/hooks
// (0.7 KB gzip) into the script injected into every page; each document renders one tree in
// one language at a time (a provider rendered again with another language re-renders the whole
// tree below it), so the latest provider's translator is the one every view of it must speak.
// A view rendered before any provider has no language to speak and says so (an error), instead
// of silently speaking English.
import type { ComponentChildren } from 'preact';
import { translator, type Locale } from '../utils/locale';
import type { Translator } from '../utils/translate';

let bound: Translator | null = null;

export function TranslatorProvider({ value, children }: { value: Translator; children: ComponentChildren }) {
  bound = value;
  return <>{children}</>;
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <TranslatorProvider value={translator(locale)}>{children}</TranslatorProvider>;
}

export function useT(): Translator {
  if (!bound) throw new Error('Readout Lens: a view was rendered outside an I18nProvider (no interface language)');
  return bound;
}
