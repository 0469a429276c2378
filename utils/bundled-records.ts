// The official records shipped with the extension (generated under data/records).
import type { OfficialRecord } from '../data/schema';

export const bundledRecords: readonly OfficialRecord[] = [];
