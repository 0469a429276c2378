// Settings stored by the previous version (no language, no showUnverified) still load whole,
// with the new fields at their calm defaults; and the toolbar button's state per page.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SettingsSchema, defaultSettings, readSettings, settingsItem } from '../../utils/settings';
import { buttonState } from '../../utils/badge-icon';

describe('settings from the previous version', () => {
  beforeEach(() => fakeBrowser.reset());

  test('parse with the new fields defaulted, keeping everything the user set', async () => {
    const stored = { enabled: true, disabledSites: ['news.example'], showMinorFlags: false, showMentions: false };
    expect(SettingsSchema.parse(stored)).toEqual({ ...stored, showUnverified: false, language: 'auto' });
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual({ ...stored, showUnverified: false, language: 'auto' });
  });

  test('an odd field is repaired to its default alone; the rest of what the user set stays', async () => {
    await settingsItem.setValue({ ...defaultSettings, disabledSites: ['a.example'], language: 'fr' as never });
    expect(await readSettings()).toEqual({ ...defaultSettings, disabledSites: ['a.example'] });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await readSettings()).toEqual(defaultSettings);
  });
});

describe('toolbar button', () => {
  test('plain with no report, red "conflicts" icon and a count with conflicts, in the chosen language', () => {
    expect(buttonState(null, 'en')).toMatchObject({ text: '', title: "Readout Lens: this page's claims", icon: { 16: '/icons/lens-16.png' } });
    expect(buttonState(0, 'en')).toMatchObject({ text: '', title: 'Readout Lens: no claim on this page differs from the official record' });
    expect(buttonState(1, 'en').title).toBe('Readout Lens: 1 claim on this page differs from the official record');
    expect(buttonState(3, 'ja')).toMatchObject({
      text: '3', title: 'Readout Lens：このページの3件の主張が公式記録と食い違っています', icon: { 128: '/icons/lens-conflict-128.png' },
    });
  });
});
