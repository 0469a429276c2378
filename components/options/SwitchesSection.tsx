// Global on/off, what the page shows, and the sites the user switched off.
import type { Settings } from '../../utils/settings';

export interface SwitchesSectionProps {
  settings: Settings;
  onChange(next: Settings): void;
}

function Toggle(props: { id: string; label: string; hint: string; checked: boolean; onChange(on: boolean): void }) {
  return (
    <div class="toggle-row">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>
        <span class="toggle-label">{props.label}</span>
        <span class="hint">{props.hint}</span>
      </label>
    </div>
  );
}

export function SwitchesSection({ settings, onChange }: SwitchesSectionProps) {
  const sites = settings.disabledSites;
  return (
    <section aria-labelledby="switches-h">
      <h2 id="switches-h">Switches</h2>
      <Toggle
        id="opt-enabled"
        label="Readout Lens is on"
        hint="Off: no page is read or highlighted anywhere."
        checked={settings.enabled}
        onChange={(enabled) => onChange({ ...settings, enabled })}
      />
      <Toggle
        id="opt-mentions"
        label="Underline names, offices and systems"
        hint="Entity mentions get a quiet underline and a card of their own."
        checked={settings.showMentions}
        onChange={(showMentions) => onChange({ ...settings, showMentions })}
      />
      <Toggle
        id="opt-minor"
        label="Show minor differences"
        hint={'Differences that do not contradict the record, such as "Secretary of Defense" for "Secretary of War".'}
        checked={settings.showMinorFlags}
        onChange={(showMinorFlags) => onChange({ ...settings, showMinorFlags })}
      />

      <h3>Sites switched off</h3>
      {sites.length === 0 ? (
        <p class="hint" id="no-disabled-sites">None. Switch a site off from the toolbar popup.</p>
      ) : (
        <ul class="site-list" aria-label="Sites switched off">
          {sites.map((host) => (
            <li key={host} data-host={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="link-button"
                aria-label={`Switch Readout Lens back on for ${host}`}
                onClick={() => onChange({ ...settings, disabledSites: sites.filter((h) => h !== host) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
