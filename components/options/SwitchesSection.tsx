// Global on/off, what the page shows, and the sites the user switched off.
import type { Settings } from '../../utils/settings';
import type { LanguageSetting } from '../../utils/locale';
import { useT } from '../i18n';

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

const LANGUAGES: ReadonlyArray<{ value: LanguageSetting; key: 'options.languageAuto' | 'options.languageEn' | 'options.languageJa' }> = [
  { value: 'auto', key: 'options.languageAuto' },
  { value: 'en', key: 'options.languageEn' },
  { value: 'ja', key: 'options.languageJa' },
];

export function SwitchesSection({ settings, onChange }: SwitchesSectionProps) {
  const { t } = useT();
  const sites = settings.disabledSites;
  return (
    <section aria-labelledby="switches-h">
      <h2 id="switches-h">{t('options.switches')}</h2>
      <div class="select-row">
        <label for="opt-language" class="field-label">{t('options.language')}</label>
        <select
          id="opt-language"
          aria-describedby="opt-language-hint"
          value={settings.language}
          onChange={(e) => onChange({ ...settings, language: (e.currentTarget as HTMLSelectElement).value as LanguageSetting })}
        >
          {LANGUAGES.map((l) => <option key={l.value} value={l.value}>{t(l.key)}</option>)}
        </select>
        <span class="hint" id="opt-language-hint">{t('options.languageHint')}</span>
      </div>
      <Toggle
        id="opt-enabled"
        label={t('options.enabled')}
        hint={t('options.enabledHint')}
        checked={settings.enabled}
        onChange={(enabled) => onChange({ ...settings, enabled })}
      />
      <Toggle
        id="opt-unverified"
        label={t('options.unverified')}
        hint={t('options.unverifiedHint')}
        checked={settings.showUnverified}
        onChange={(showUnverified) => onChange({ ...settings, showUnverified })}
      />
      <Toggle
        id="opt-mentions"
        label={t('options.mentions')}
        hint={t('options.mentionsHint')}
        checked={settings.showMentions}
        onChange={(showMentions) => onChange({ ...settings, showMentions })}
      />
      <Toggle
        id="opt-minor"
        label={t('options.minor')}
        hint={t('options.minorHint')}
        checked={settings.showMinorFlags}
        onChange={(showMinorFlags) => onChange({ ...settings, showMinorFlags })}
      />

      <h3>{t('options.sitesOff')}</h3>
      {sites.length === 0 ? (
        <p class="hint" id="no-disabled-sites">{t('options.noSitesOff')}</p>
      ) : (
        <ul class="site-list" aria-label={t('options.sitesOff')}>
          {sites.map((host) => (
            <li key={host} data-host={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="link-button"
                aria-label={t('options.siteBackOn', { host })}
                onClick={() => onChange({ ...settings, disabledSites: sites.filter((h) => h !== host) })}
              >
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
