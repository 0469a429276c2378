// Records as committed JSON: a fixed key order (the schema's), 2-space indent, trailing newline,
// so that re-ingesting a source gives a byte-identical file.
import type { OfficialRecord } from '../../data/schema';

/** The record rebuilt with its keys in schema order (and optional fields made explicit). */
export function canonicalRecord(r: OfficialRecord): OfficialRecord {
  const m = r.meeting;
  return {
    id: r.id,
    language: r.language,
    title: r.title,
    sourceUrl: r.sourceUrl,
    sourceFile: r.sourceFile,
    published: r.published,
    meeting: {
      date: m.date,
      format: m.format,
      start: m.start,
      timeZone: m.timeZone,
      durationMinutes: m.durationMinutes,
      place: m.place && {
        text: m.place.text,
        venue: m.place.venue,
        city: m.place.city,
        country: m.place.country,
        entity: m.place.entity,
      },
      participants: m.participants.map((p) => ({ name: p.name, entity: p.entity, role: p.role, country: p.country, phrase: p.phrase })),
      phrases: m.phrases && { date: m.phrases.date, start: m.phrases.start, duration: m.phrases.duration },
      dateBasis: m.dateBasis ?? 'stated',
    },
    opening: r.opening,
    paragraphs: r.paragraphs.map((p) => ({ id: p.id, section: p.section, text: p.text, gap: p.gap ?? false })),
    partial: r.partial ?? false,
    publisher: r.publisher ?? null,
    account: r.account ?? 'japan-mod',
    excerpt: r.excerpt ?? null,
  };
}

export function serializeRecord(r: OfficialRecord): string {
  return `${JSON.stringify(canonicalRecord(r), null, 2)}\n`;
}
