// The language the hover card's views speak: the card mount draws a card inside `drawIn`, with
// the translator it built from the strings the background sent, and every view of that card
// reads it with `words()`. The card is drawn at once (components/dom), so the binding lasts
// exactly as long as the drawing; a view drawn outside it has no language and says so (an
// error), instead of silently speaking English.
import type { Translator } from '../utils/translate';

let speaking: Translator | null = null;

export function drawIn<T>(translator: Translator, draw: () => T): T {
  const before = speaking;
  speaking = translator;
  try {
    return draw();
  } finally {
    speaking = before;
  }
}

export function words(): Translator {
  if (!speaking) throw new Error('Readout Lens: a card view was drawn outside drawIn (no interface language)');
  return speaking;
}
