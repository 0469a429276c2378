// Keyboard commands (manifest `commands`) and the content-script message each one becomes.
import type { ContentMessage } from './page-messages';

export const COMMANDS = ['next-claim', 'previous-claim', 'toggle-highlights'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function commandMessage(command: string): ContentMessage | null {
  switch (command) {
    case 'next-claim': return { type: 'step-claim', direction: 'next' };
    case 'previous-claim': return { type: 'step-claim', direction: 'previous' };
    case 'toggle-highlights': return { type: 'toggle-highlights' };
    default: return null;
  }
}
