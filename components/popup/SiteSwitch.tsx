// The on/off switch for the current site (a real checkbox, styled as a switch).
export interface SiteSwitchProps {
  host: string;
  on: boolean;
  /** The global switch is off: the site switch cannot help. */
  disabled: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ host, on, disabled, onChange }: SiteSwitchProps) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        id="site-switch"
        checked={on}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span class="switch-label">
        {on ? 'On' : 'Off'} for <strong>{host}</strong>
      </span>
    </label>
  );
}
