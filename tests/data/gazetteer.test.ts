import { describe, it, expect } from 'vitest';
import { GazetteerSchema, type Entity } from '../../data/schema';
import { gazetteer, gazetteerInput, validateGazetteer } from '../../data/gazetteer';

/** The matcher's folding: NFKC, lowercase, Latin diacritics stripped, dashes → space, quotes straightened. */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[‘’＇]/g, "'")
    .replace(/[-‐‑‒–—―−﹣－_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const byId = new Map(gazetteer.map((e) => [e.id, e]));

function get(id: string): Entity {
  const e = byId.get(id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
}

/** Every spelling an entity answers to: its aliases plus its names. */
function spellings(e: Entity): string[] {
  return [...e.aliases.en, ...e.aliases.ja, e.name, ...(e.nameJa ? [e.nameJa] : [])];
}

const owner = new Map<string, string>();
for (const e of gazetteer) for (const s of spellings(e)) if (!owner.has(norm(s))) owner.set(norm(s), e.id);

function lookup(alias: string): string | undefined {
  return owner.get(norm(alias));
}

/** Titles a person held on a date (YYYY-MM-DD; both ends inclusive, `to: null` = still held). */
function titlesOn(id: string, date: string): string[] {
  return get(id).titles.filter((t) => t.from <= date && (t.to === null || date <= t.to)).map((t) => t.title);
}

function chain(id: string): string[] {
  const out: string[] = [];
  let cur: string | null = id;
  while (cur) {
    if (out.includes(cur)) throw new Error(`cycle at ${cur}`);
    out.push(cur);
    cur = get(cur).within;
  }
  return out;
}

describe('gazetteer', () => {
  it('is exactly what the schema makes of the hand-written table (the runtime skips parsing)', () => {
    expect(gazetteer).toEqual(validateGazetteer());
  });

  it('parses through the schema', () => {
    expect(GazetteerSchema.safeParse(gazetteerInput).success).toBe(true);
    expect(gazetteer.length).toBeGreaterThanOrEqual(90);
  });

  it('has unique ids whose prefix is the kind', () => {
    const ids = gazetteer.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of gazetteer) expect(e.id.split('/')[0], e.id).toBe(e.kind);
  });

  it('gives every normalized alias to exactly one entity', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of gazetteer) {
      for (const key of new Set(spellings(e).map(norm))) {
        const prev = seen.get(key);
        if (prev && prev !== e.id) clashes.push(`"${key}": ${prev} and ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no empty, one-character or ordinary-word aliases', () => {
    const banned = new Set([
      'us', 'war', 'defense', 'defence', 'minister', 'secretary', 'alliance', 'president', 'vice president', 'the',
      'japanese', 'american', 'chinese', 'navy', 'army', 'forces', 'ministry', 'pacific', 'strait', 'island', 'islands',
      '米', '日', '中', '韓', '豪', '比', '英', '露', '総理', '大統領', '長官', '大臣', '同盟', '防衛',
    ]);
    const bad: string[] = [];
    for (const e of gazetteer) {
      for (const a of [...e.aliases.en, ...e.aliases.ja]) {
        const k = norm(a);
        if (k.length < 2 || banned.has(k)) bad.push(`${e.id}: "${a}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists each entity\'s names among its aliases', () => {
    for (const e of gazetteer) {
      const keys = new Set([...e.aliases.en, ...e.aliases.ja].map(norm));
      expect(keys.has(norm(e.name)), `${e.id} name`).toBe(true);
      if (e.nameJa) expect(keys.has(norm(e.nameJa)), `${e.id} nameJa`).toBe(true);
    }
  });

  it('gives people a country and well-formed dated titles that point at offices', () => {
    for (const p of gazetteer.filter((e) => e.kind === 'person')) {
      expect(p.country, p.id).not.toBeNull();
      expect(p.titles.length, p.id).toBeGreaterThan(0);
      for (const t of p.titles) {
        if (t.to !== null) expect(t.from <= t.to, `${p.id} ${t.title} ${t.from}..${t.to}`).toBe(true);
        expect(byId.get(t.office)?.kind, `${p.id} → ${t.office}`).toBe('office');
      }
    }
  });

  it('gives every office a role', () => {
    for (const o of gazetteer.filter((e) => e.kind === 'office')) expect(o.role, o.id).toBeTruthy();
  });

  it('places every non-country place inside another place', () => {
    for (const p of gazetteer.filter((e) => e.kind === 'place')) {
      expect(p.level, p.id).not.toBeNull();
      if (p.level === 'country') {
        expect(p.within, p.id).toBeNull();
        expect(p.country, p.id).not.toBeNull();
      } else if (p.within === null) {
        // Only wide international areas (Indo-Pacific, the Pacific) stand on their own.
        expect([p.id, p.level, p.country]).toEqual([p.id, 'region', null]);
      }
      if (p.within) expect(get(p.within).kind, `${p.id} within`).toBe('place');
    }
  });

  it('walks every national place up to its own country', () => {
    for (const p of gazetteer.filter((e) => e.kind === 'place')) {
      const ids = chain(p.id);
      const root = get(ids[ids.length - 1]!);
      if (p.country === null) {
        expect(root.country, p.id).toBeNull();
      } else {
        expect(root.level, `${p.id} reaches ${root.id}`).toBe('country');
        expect(root.country, p.id).toBe(p.country);
      }
    }
  });

  it('gives cities and countries valid time zones', () => {
    for (const p of gazetteer.filter((e) => e.kind === 'place')) {
      if (p.level === 'city') expect(p.timeZone, p.id).toBeTruthy();
      if (p.timeZone) expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone! }), p.id).not.toThrow();
    }
    expect(get('place/japan').timeZone).toBe('Asia/Tokyo');
    expect(get('place/us').timeZone).toBeNull();
    expect(get('place/washington').timeZone).toBe('America/New_York');
    expect(get('place/singapore').timeZone).toBe('Asia/Singapore');
    expect(get('place/kuala-lumpur').timeZone).toBe('Asia/Kuala_Lumpur');
  });

  it('seats bodies in places', () => {
    for (const b of gazetteer.filter((e) => e.seat)) {
      expect(b.kind, b.id).toBe('body');
      expect(get(b.seat!).kind, `${b.id} seat`).toBe('place');
    }
    expect(get('body/us-dow').seat).toBe('place/pentagon');
    expect(get('body/jp-mod').seat).toBe('place/ichigaya');
    expect(get('body/white-house').seat).toBe('place/washington');
  });

  it('knows Hegseth\'s titles on both sides of the Department of War order', () => {
    expect(titlesOn('person/hegseth', '2026-01-15').sort()).toEqual(['Secretary of Defense', 'Secretary of War']);
    expect(titlesOn('person/hegseth', '2025-10-29').sort()).toEqual(['Secretary of Defense', 'Secretary of War']);
    expect(titlesOn('person/hegseth', '2025-03-30')).toEqual(['Secretary of Defense']);
    expect(titlesOn('person/hegseth', '2024-12-01')).toEqual([]);
    expect(titlesOn('person/austin', '2024-12-01')).toEqual(['Secretary of Defense']);
  });

  it('knows who was Japan\'s defense minister when', () => {
    const ministersOn = (date: string) => gazetteer
      .filter((e) => e.titles.some((t) => t.office === 'office/jp-defmin' && t.from <= date && (t.to === null || date <= t.to)))
      .map((e) => e.id);
    expect(ministersOn('2025-03-30')).toEqual(['person/nakatani']);
    expect(ministersOn('2025-10-29')).toEqual(['person/koizumi']);
    expect(ministersOn('2026-01-15')).toEqual(['person/koizumi']);
    expect(ministersOn('2024-06-01')).toEqual(['person/kihara']);
    expect(ministersOn('2023-01-10')).toEqual(['person/hamada']);
    expect(titlesOn('person/koizumi', '2025-03-30')).toEqual([]);
    expect(titlesOn('person/takaichi', '2026-01-15')).toEqual(['Prime Minister']);
  });

  it('puts the Pentagon in Washington and the Ministry of Defense in Tokyo', () => {
    expect(chain('place/pentagon')).toEqual(['place/pentagon', 'place/arlington', 'place/washington', 'place/us']);
    expect(chain(get('body/us-dow').seat!)).toContain('place/washington');
    expect(chain('place/ichigaya')).toEqual(['place/ichigaya', 'place/tokyo', 'place/japan']);
    expect(chain('place/futenma-replacement-facility')).toContain('place/okinawa');
    expect(chain('place/okinawa')).toContain('place/southwestern-region');
    expect(chain('place/honolulu')).toEqual(['place/honolulu', 'place/hawaii', 'place/us']);
    expect(chain('place/singapore').at(-1)).toBe('place/singapore-state');
    expect(get('event/shangri-la-dialogue').within).toBe('place/singapore');
  });

  it('maps each "name that varies" (domain.md) to the right entity', () => {
    const cases: [string, string][] = [
      ['SM-3 Block IIA', 'system/sm-3-block-iia'],
      ['Standard Missile-3 Block 2A', 'system/sm-3-block-iia'],
      ['Standard Missile-3 Block IIA', 'system/sm-3-block-iia'],
      ['SM-3 Block 2A', 'system/sm-3-block-iia'],
      ['SM 3 Block IIA', 'system/sm-3-block-iia'],
      ['SM3', 'system/sm-3-block-iia'],
      ['SM-3ブロックIIA', 'system/sm-3-block-iia'],
      ['SM-3ブロック2A', 'system/sm-3-block-iia'],
      ['ＳＭ－３ブロックⅡＡ', 'system/sm-3-block-iia'],
      ['interceptor missile for Ballistic Missile Defense', 'system/sm-3-block-iia'],
      ['PAC-3MSE', 'system/pac-3-mse'],
      ['PAC-3 MSE', 'system/pac-3-mse'],
      ['surface-to-air interceptor', 'system/pac-3-mse'],
      ['surface-to-air interceptor missile', 'system/pac-3-mse'],
      ['Patriot Advanced Capability-3 Missile Segment Enhancement', 'system/pac-3-mse'],
      ['AMRAAM', 'system/amraam'],
      ['advanced medium-range air-to-air missile', 'system/amraam'],
      ['中距離空対空ミサイル', 'system/amraam'],
      ['DICAS', 'framework/dicas'],
      ['Defense Industrial Cooperation, Acquisition and Sustainment', 'framework/dicas'],
      ['Defense Industrial Cooperation, Acquisition, and Sustainment', 'framework/dicas'],
      ['日米防衛産業協力・取得・維持整備定期協議', 'framework/dicas'],
      ['JJOC', 'body/jjoc'],
      ['Japan Joint Operations Command', 'body/jjoc'],
      ['Japan Self-Defense Forces Joint Operations Command', 'body/jjoc'],
      ['統合作戦司令部', 'body/jjoc'],
      ['USFJ', 'body/usfj'],
      ['U.S. Forces Japan', 'body/usfj'],
      ['US Forces Japan', 'body/usfj'],
      ['在日米軍', 'body/usfj'],
      ['southwestern region', 'place/southwestern-region'],
      ['southwestern region of Japan', 'place/southwestern-region'],
      ['Nansei', 'place/southwestern-region'],
      ['南西地域', 'place/southwestern-region'],
      ['Ryukyu island chain', 'place/southwestern-region'],
      ['Sakishima', 'place/southwestern-region'],
      ['Okinawa', 'place/okinawa'],
      ['Futenma Replacement Facility', 'place/futenma-replacement-facility'],
      ['普天間飛行場代替施設', 'place/futenma-replacement-facility'],
      ['Henoko', 'place/henoko'],
      ['辺野古', 'place/henoko'],
      ['MCAS Futenma', 'place/futenma'],
      ['Marine Corps Air Station Futenma', 'place/futenma'],
      ['Republic of Korea', 'place/korea'],
      ['South Korea', 'place/korea'],
      ['韓国', 'place/korea'],
      ['the three strategic documents', 'document/three-strategic-documents'],
      ['three strategic documents', 'document/three-strategic-documents'],
      ['戦略三文書', 'document/three-strategic-documents'],
      ['National Security Strategy', 'document/nss'],
      ['National Defense Strategy', 'document/nds'],
      ['Defense Buildup Program', 'document/dbp'],
    ];
    // "the three strategic documents": the leading article is not part of the alias.
    const resolve = (a: string) => lookup(a) ?? lookup(a.replace(/^the /i, ''));
    const wrong = cases.filter(([alias, id]) => resolve(alias) !== id).map(([alias, id]) => `${alias} → ${resolve(alias)} (want ${id})`);
    expect(wrong).toEqual([]);
  });

  it('knows people by surname and the offices by their titles, in both languages', () => {
    const cases: [string, string][] = [
      ['Hegseth', 'person/hegseth'], ['ヘグセス', 'person/hegseth'], ['Pete Hegseth', 'person/hegseth'],
      ['Koizumi', 'person/koizumi'], ['小泉', 'person/koizumi'], ['小泉進次郎', 'person/koizumi'], ['Shinjirō Koizumi', 'person/koizumi'],
      ['Nakatani', 'person/nakatani'], ['中谷', 'person/nakatani'], ['中谷元', 'person/nakatani'],
      ['Takaichi', 'person/takaichi'], ['高市早苗', 'person/takaichi'],
      ['JD Vance', 'person/vance'], ['J.D. Vance', 'person/vance'],
      ['Adm. Samuel Paparo', 'person/paparo'],
      ['Secretary of Defense', 'office/us-secdef'], ['Defense Secretary', 'office/us-secdef'], ['国防長官', 'office/us-secdef'], ['米国防長官', 'office/us-secdef'],
      ['Secretary of War', 'office/us-secwar'], ['War Secretary', 'office/us-secwar'], ['戦争長官', 'office/us-secwar'],
      ['Defense Minister', 'office/jp-defmin'], ['Defence Minister', 'office/jp-defmin'], ['防衛大臣', 'office/jp-defmin'], ['防衛相', 'office/jp-defmin'],
      ['Prime Minister of Japan', 'office/jp-pm'], ['首相', 'office/jp-pm'],
      ['U.S. Department of War', 'body/us-dow'], ['Department of Defense', 'body/us-dow'], ['DoD', 'body/us-dow'], ['国防総省', 'body/us-dow'], ['戦争省', 'body/us-dow'],
      ['Ministry of Defense', 'body/jp-mod'], ['MOD', 'body/jp-mod'], ['防衛省', 'body/jp-mod'],
      ['Pentagon', 'place/pentagon'], ['the Pentagon', 'place/pentagon'], ['ペンタゴン', 'place/pentagon'],
      ['Washington', 'place/washington'], ['Washington, D.C.', 'place/washington'], ['Washington DC', 'place/washington'], ['ワシントン', 'place/washington'],
      ['Singapore', 'place/singapore'], ['シンガポール', 'place/singapore'],
      ['Tokyo', 'place/tokyo'], ['東京', 'place/tokyo'], ['Ichigaya', 'place/ichigaya'], ['市ヶ谷', 'place/ichigaya'],
      ['United States', 'place/us'], ['U.S.', 'place/us'], ['米国', 'place/us'],
      ['Japan', 'place/japan'], ['日本', 'place/japan'],
      ['Shangri-La Dialogue', 'event/shangri-la-dialogue'], ['シャングリラ会合', 'event/shangri-la-dialogue'],
      ['Honolulu Defense Forum', 'event/honolulu-defense-forum'], ['ADMM-Plus', 'event/admm-plus'],
      ['Japan-U.S. Alliance', 'framework/alliance'], ['U.S.-Japan alliance', 'framework/alliance'], ['日米同盟', 'framework/alliance'],
      ['2+2', 'framework/2plus2'], ['Free and Open Indo-Pacific', 'framework/foip'],
      ['Okinawa Consolidation Plan', 'framework/okinawa-consolidation-plan'],
      ['realignment of U.S. forces in Japan', 'framework/realignment'],
      ['INDOPACOM', 'body/indopacom'], ['Indo-Pacific', 'place/indo-pacific'], ['first island chain', 'place/first-island-chain'],
      ['Self-Defense Force', 'body/sdf'], ['SDF', 'body/sdf'],
    ];
    const wrong = cases.filter(([alias, id]) => lookup(alias) !== id).map(([alias, id]) => `${alias} → ${lookup(alias)} (want ${id})`);
    expect(wrong).toEqual([]);
  });

  it('keeps the deliberate exclusions', () => {
    // "US" would also match the pronoun; "the Pentagon" is the building, not the department;
    // 陸軍長官 is the Secretary of the Army.
    expect(lookup('US')).toBeUndefined();
    expect(get('body/us-dow').aliases.en.map(norm)).not.toContain('pentagon');
    expect(lookup('陸軍長官')).toBeUndefined();
    expect(lookup('米')).toBeUndefined();
    expect(lookup('Minister')).toBeUndefined();
    expect(lookup('Secretary')).toBeUndefined();
  });
});
