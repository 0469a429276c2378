// The on/off switch for the current site (a real checkbox, styled as a switch).
import { useT } from '../i18n';

export interface SiteSwitchProps {
  host: string;
  on: boolean;
  /** The global switch is off: the site switch cannot help. */
  disabled: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ host, on, disabled, onChange }: SiteSwitchProps) {
  const { t } = useT();
  const [before = '', after = ''] = t(on ? 'popup.siteOn' : 'popup.siteOff', { host: '\u0000' }).split('\u0000');
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
        {before}<strong>{host}</strong>{after}
      </span>
    </label>
  );
}
