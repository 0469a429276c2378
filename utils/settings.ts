// The extension's persisted state: user settings and imported official records, as typed,
// versioned storage items (WXT keeps each item's version under "<key>$"; older data is upgraded
// by utils/storage-migrations.ts when the item is defined). Everything read back is parsed with zod.
import { z } from 'zod';
import { storage } from '#imports';
import { OfficialRecordSchema, type OfficialRecord } from '../data/schema';
import { LOCALES } from './locale';
import { IMPORTED_RECORDS_VERSION, SETTINGS_VERSION, importedRecordsV2, settingsV2 } from './storage-migrations';

export const SettingsSchema = z.object({
  /** Global switch. */
  enabled: z.boolean(),
  /** Hostnames where the extension is switched off. */
  disabledSites: z.array(z.string()),
  showMinorFlags: z.boolean(),
  showMentions: z.boolean(),
  // Added after version 1 shipped: defaults let settings stored without them still load whole.
  /** Mark unverified claims in the text (off: listed in the popup and reachable by keyboard only). */
  showUnverified: z.boolean().default(false),
  /** Interface language; 'auto' follows the browser's preferred languages. */
  language: z.enum(['auto', ...LOCALES]).default('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = {
  enabled: true,
  disabledSites: [],
  showMinorFlags: true,
  showMentions: true,
  showUnverified: false,
  language: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: { 2: (v1: unknown) => settingsV2(v1) as Settings },
});

export const importedRecordsItem = storage.defineItem<OfficialRecord[]>('local:importedRecords', {
  fallback: [],
  version: IMPORTED_RECORDS_VERSION,
  migrations: { 2: (v1: unknown) => importedRecordsV2(v1) as OfficialRecord[] },
});

/** Settings as stored, repaired to defaults field by field if storage holds something odd. */
export async function readSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (typeof raw !== 'object' || raw === null) return defaultSettings;
  // One odd field (say, a language from a newer version) must not cost the user the others.
  const repaired: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    const field = schema.safeParse((raw as Record<string, unknown>)[key]);
    repaired[key] = field.success ? field.data : defaultSettings[key as keyof Settings];
  }
  return SettingsSchema.parse(repaired);
}

/** Imported records that still validate; anything else in storage is ignored, never trusted. */
export async function readImportedRecords(): Promise<OfficialRecord[]> {
  const raw = await importedRecordsItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = OfficialRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
