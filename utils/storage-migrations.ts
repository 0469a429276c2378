// Upgrades of the stored items from one version to the next (run by WXT's storage when an item
// is defined, see utils/settings.ts). Pure, idempotent and lossless: a field or record it does
// not understand is kept as it was (reading repairs or skips it), never dropped.
import { OfficialRecordSchema } from '../data/schema';

/** Versions of the stored items. Raise one with a migration to it below; never edit a shipped migration. */
export const SETTINGS_VERSION = 2;
export const IMPORTED_RECORDS_VERSION = 2;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Settings v1 → v2: fields added after v1 shipped are written out (v1 left them to defaults on
 * read), and the sites switched off are stored as hostnames once each, lower-cased and sorted.
 */
export function settingsV2(v1: unknown): unknown {
  if (!isObject(v1)) return v1;
  const out: Record<string, unknown> = { ...v1 };
  if (typeof out.showUnverified !== 'boolean') out.showUnverified = false;
  if (out.language === undefined) out.language = 'auto'; // a language this version does not know is kept for a newer one
  if (Array.isArray(out.disabledSites)) {
    const hosts = out.disabledSites.map((h) => (typeof h === 'string' ? h.trim().toLowerCase() : h));
    const strings = [...new Set(hosts.filter((h): h is string => typeof h === 'string' && h !== ''))].sort();
    out.disabledSites = [...strings, ...hosts.filter((h) => typeof h !== 'string')];
  }
  return out;
}

/**
 * Imported records v1 → v2: each record is stored as the schema reads it, with its defaults
 * (partial: false) and whose account it is written out — records imported before the account
 * existed are the Japan MoD's. A record that does not validate is kept untouched.
 */
export function importedRecordsV2(v1: unknown): unknown {
  if (!Array.isArray(v1)) return v1;
  return v1.map((r) => {
    const parsed = OfficialRecordSchema.safeParse(r);
    return parsed.success ? { ...parsed.data, account: parsed.data.account ?? 'japan-mod' } : r;
  });
}
