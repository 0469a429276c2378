// Turning the extension on or off for one site, as a change to the settings.
import type { Settings } from './settings';

/** Settings with `host` switched on or off (the global switch is left as it is). */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? others : [...others, host].sort() };
}
