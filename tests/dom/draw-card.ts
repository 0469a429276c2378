// Shared by the DOM tests of the card's views: draws a view (components/dom, DOM nodes at once)
// into a host element in a locale, as the card mount does, and removes every host afterwards.
import { drawIn } from '../../components/card-words';
import { translator, type Locale } from '../../utils/locale';

const hosts: HTMLElement[] = [];

/** The host holding `view` drawn in `locale` (the view is a thunk: drawing needs the language). */
export function drawCard(view: () => Node | null, locale: Locale = 'en'): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const node = drawIn(translator(locale), view);
  if (node) host.append(node);
  return host;
}

/** For afterEach: removes every host drawn since. */
export function removeCards(): void {
  for (const host of hosts.splice(0)) host.remove();
}
