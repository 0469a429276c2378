// Stored data across versions: what version 1 wrote (the shape the extension stored before
// items were upgraded) is upgraded to version 2 when the items load, without losing a setting,
// a switched-off site or an imported record; upgrading twice changes nothing; a newer version's
// data is not downgraded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { gazetteer } from '../../data/gazetteer';
import type { OfficialRecord } from '../../data/schema';
import { readImport } from '../../utils/record-import';
import { importedRecordsV2, settingsV2, IMPORTED_RECORDS_VERSION, SETTINGS_VERSION } from '../../utils/storage-migrations';

const phoneText = readFileSync(join(import.meta.dirname, '../fixtures/imports/telephone-talk-2026-03-03.txt'), 'utf8');
const outcome = readImport({ name: 'phone.txt', content: phoneText }, { gazetteer });
if (!outcome.ok) throw new Error('fixture does not parse');
const phone: OfficialRecord = outcome.records[0]!;

/** A record as version 1 stored it: written before `account` and `partial` were stored explicitly. */
const { account: _a, partial: _p, ...v1Record } = phone;
const V1_SETTINGS = { enabled: false, disabledSites: ['wire.example', 'News.Example', 'wire.example'], showMinorFlags: false, showMentions: true };

/** Loads utils/settings.ts afresh, as a new extension context (or a new version) would. */
async function freshSettingsModule() {
  vi.resetModules();
  const mod = await import('../../utils/settings');
  await mod.settingsItem.getValue(); // waits for the item's migration
  await mod.importedRecordsItem.getValue();
  return mod;
}

describe('v1 → v2 migrations (pure)', () => {
  test('settings: later fields written out, sites once each and sorted, unknown fields kept', () => {
    expect(settingsV2({ ...V1_SETTINGS, futureField: 7 })).toEqual({
      enabled: false, disabledSites: ['news.example', 'wire.example'], showMinorFlags: false, showMentions: true,
      showUnverified: false, language: 'auto', futureField: 7,
    });
    expect(settingsV2({ ...V1_SETTINGS, language: 'ja', showUnverified: true })).toMatchObject({ language: 'ja', showUnverified: true });
    expect(settingsV2({ ...V1_SETTINGS, language: 'fr' })).toMatchObject({ language: 'fr' }); // kept: a newer version's choice
  });

  test('records: account and defaults written out; a record that does not validate is kept as it was', () => {
    const broken = { id: 'Broken Id', title: '' };
    expect(importedRecordsV2([v1Record, broken])).toEqual([{ ...phone, account: 'japan-mod', partial: false }, broken]);
  });

  test('idempotent, and odd values pass through untouched', () => {
    const once = settingsV2(V1_SETTINGS);
    expect(settingsV2(once)).toEqual(once);
    const records = importedRecordsV2([v1Record]);
    expect(importedRecordsV2(records)).toEqual(records);
    for (const odd of [null, 3, 'x', [1]]) expect(settingsV2(odd)).toEqual(odd);
    expect(importedRecordsV2({ not: 'a list' })).toEqual({ not: 'a list' });
  });
});

describe('stored data written by version 1', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is upgraded when the items load, with nothing lost, and marked version 2', async () => {
    // What version 1 left in storage: the values, and no version marker (WXT writes none for v1).
    await fakeBrowser.storage.local.set({ settings: V1_SETTINGS, importedRecords: [v1Record] });
    const { readSettings, readImportedRecords } = await freshSettingsModule();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(stored['importedRecords$']).toEqual({ v: IMPORTED_RECORDS_VERSION });
    expect(stored.settings).toEqual({ ...V1_SETTINGS, disabledSites: ['news.example', 'wire.example'], showUnverified: false, language: 'auto' });
    expect(await readSettings()).toEqual({ enabled: false, disabledSites: ['news.example', 'wire.example'], showMinorFlags: false, showMentions: true, showUnverified: false, language: 'auto' });
    expect(await readImportedRecords()).toEqual([{ ...phone, account: 'japan-mod' }]);
  });

  test('a v1 marker ({ v: 1 }) upgrades the same way; loading again changes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_SETTINGS, 'settings$': { v: 1 }, importedRecords: [v1Record], 'importedRecords$': { v: 1 } });
    await freshSettingsModule();
    const first = await fakeBrowser.storage.local.get(null);
    await freshSettingsModule();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(first);
    expect((first.importedRecords as OfficialRecord[])[0]!.id).toBe(phone.id);
  });

  test('a fresh install writes the current version with its first value', async () => {
    const { settingsItem, readSettings } = await freshSettingsModule();
    await settingsItem.setValue({ ...(await readSettings()), showMentions: false });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  test('data from a newer version is not downgraded: left as it is, and read as far as it can be', async () => {
    const newer = { ...V1_SETTINGS, language: 'ja', showUnverified: true, newer: true };
    await fakeBrowser.storage.local.set({ settings: newer, 'settings$': { v: SETTINGS_VERSION + 1 } });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { readSettings } = await freshSettingsModule();
    errors.mockRestore();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(newer);
    expect(await readSettings()).toMatchObject({ enabled: false, language: 'ja', showUnverified: true });
  });
});
