// Who met: the participants named in an opening sentence, each with the title as written, the
// country and the gazetteer person id ("Defense Minister Koizumi", 「中谷防衛大臣」).
import type { Participant } from '../../data/schema';
import type { GazetteerLookup } from './gazetteer-lookup';
import { ROLE_HEADS_EN, ROLE_START_JA, ROLE_WORDS_EN, countryOfRole } from './roles';
import { JA_NAME_CHAR, JA_NAME_RUN, JA_TITLE_END, JA_TRAILING_JOINERS } from '../lang/official';

const ROLE_START_JA_HERE = new RegExp(`^(?:${ROLE_START_JA.source})`, 'u');

interface Token {
  text: string;
  /** The token without surrounding punctuation. */
  word: string;
  start: number;
  end: number;
  /** True when punctuation (comma, period, bracket) follows the word inside the token. */
  trailingPunct: boolean;
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    const text = m[0];
    // Keep inner periods (U.S.) but drop sentence punctuation around the word.
    let word = text.replace(/^[("“‘'[]+/, '').replace(/[,;:)"”’\]]+$/, '');
    let trailingPunct = word.length < text.length && /[,;:)]$/.test(text);
    if (word.endsWith('.') && !/\..*\./.test(word)) {
      word = word.slice(0, -1);
      trailingPunct = true;
    }
    out.push({ text, word, start: m.index, end: m.index + text.length, trailingPunct });
  }
  return out;
}

const STOP = new Set(['and', 'held', 'with', 'met', 'had', 'on', 'in', 'at', 'from', 'for', 'the', 'a', 'an', 'of']);
const CONNECTORS = new Set(['and', 'the', 'of', 'for']);

function isCapitalized(word: string): boolean {
  return /^[A-Z][A-Za-z'’-]*$/.test(word);
}

/** The title directly before token `i`: a run of title words containing a head word. */
function roleBefore(tokens: Token[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && !tokens[j]!.trailingPunct && ROLE_WORDS_EN.has(tokens[j]!.word.toLowerCase())) j--;
  let from = j + 1;
  while (from < i && CONNECTORS.has(tokens[from]!.word.toLowerCase())) from++;
  const words = tokens.slice(from, i).map((t) => t.word);
  if (!words.some((w) => ROLE_HEADS_EN.has(w.toLowerCase()))) return null;
  // Keep the words as written (with "U.S." and "Japan's" intact).
  return tokens.slice(from, i).map((t, k) => (k === i - from - 1 ? t.word : t.text)).join(' ');
}

interface Found {
  name: string;
  role: string | null;
  entityId: string | null;
  country: string | null;
  at: number;
}

function englishParticipants(sentence: string, gz: GazetteerLookup): Found[] {
  const tokens = tokenize(sentence);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const role = roleBefore(tokens, i);
    const t = tokens[i]!;
    const lower = t.word.toLowerCase();
    // Longest gazetteer alias starting here (up to three words), else a capitalized name after a title.
    let name: string | null = null;
    let span = 1;
    for (let n = 4; n >= 1 && !name; n--) {
      if (i + n > tokens.length) continue;
      const last = tokens[i + n - 1]!;
      // The words as written ("Lloyd J. Austin III"), without the punctuation after the last one.
      const candidate = `${sentence.slice(t.start, last.start)}${last.word}`.replace(/^[("“‘'[]+/, '');
      if (/[,;:()]/.test(candidate)) continue;
      if (gz.person(candidate)) {
        name = candidate;
        span = n;
      }
    }
    if (!name && role && isCapitalized(t.word) && !ROLE_WORDS_EN.has(lower) && !STOP.has(lower)) {
      name = t.word;
      const next = tokens[i + 1];
      if (!t.trailingPunct && next && isCapitalized(next.word) && !ROLE_WORDS_EN.has(next.word.toLowerCase()) && !STOP.has(next.word.toLowerCase())) {
        name = `${t.word} ${next.word}`;
        span = 2;
      }
    }
    if (!name) continue;
    const person = gz.person(name);
    found.push({ name, role, entityId: person?.id ?? null, country: person?.country ?? null, at: t.start });
    i += span - 1;
  }
  return found;
}


function japaneseParticipants(sentence: string, gz: GazetteerLookup): Found[] {
  const found: Found[] = [];
  // Runs of name/title characters between particles and punctuation: 「中谷防衛大臣」「ヘグセス米国防長官」.
  for (const m of sentence.matchAll(JA_NAME_RUN)) {
    const run = m[0].replace(JA_TRAILING_JOINERS, '');
    if (!JA_NAME_CHAR.test(run)) continue;
    // A gazetteer name at the start of the run, the title after it.
    let name: string | null = null;
    for (const { alias } of gz.personAliases()) {
      if (run.startsWith(alias) && run.length > alias.length && ROLE_START_JA_HERE.test(run.slice(alias.length))) {
        name = alias;
        break;
      }
    }
    if (!name) {
      const role = ROLE_START_JA.exec(run);
      if (!role || role.index === 0) continue;
      name = run.slice(0, role.index);
    }
    const role = run.slice(name.length);
    if (!JA_TITLE_END.test(role)) continue;
    const person = gz.person(name);
    found.push({ name, role, entityId: person?.id ?? null, country: person?.country ?? null, at: m.index });
  }
  return found;
}

/**
 * The participants an opening sentence names, in order. Names the gazetteer knows take their
 * person id and country from it; the title is the one written in the sentence, or the person's
 * title on the meeting date when the sentence gives none. Participants whose country cannot be
 * told are left out.
 */
/** The shortest stretch of the sentence that names both the person and the role, verbatim. */
function phraseOf(sentence: string, name: string, role: string): string {
  const at = sentence.indexOf(name);
  const r = sentence.indexOf(role);
  if (at === -1) return r === -1 ? `${role} ${name}` : role;
  if (r === -1) return name;
  return sentence.slice(Math.min(at, r), Math.max(at + name.length, r + role.length));
}

export function readParticipants(
  sentence: string,
  language: 'en' | 'ja',
  meetingDate: string,
  gz: GazetteerLookup,
): Participant[] {
  const found = language === 'ja' ? japaneseParticipants(sentence, gz) : englishParticipants(sentence, gz);
  const out: Participant[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const entity = f.entityId ? gz.byId(f.entityId) : undefined;
    const role = f.role ?? (entity ? gz.titleAt(entity, meetingDate, language) : null);
    if (!role) continue;
    const country = f.country ?? countryOfRole(role);
    if (!country) continue;
    const key = f.entityId ?? `${f.name}|${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: f.name, entity: f.entityId, role, country, phrase: phraseOf(sentence, f.name, role) });
  }
  return out;
}
