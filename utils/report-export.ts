// A page's report as a file: JSON (the report format, unchanged) and Markdown for people.
// Pure string formatting; the page text inside is escaped so it cannot become Markdown syntax.
import type { OfficialRecord } from '../data/schema';
import type { Claim, Flag, Report, Verdict } from '../engine/report';
import { countVerdicts } from './verdict-counts';

export interface MarkdownOptions {
  /** The record the report's meeting points to, for its title and source link. */
  record?: OfficialRecord | null;
  /** Include minor flags (the "show minor flags" setting). Default true. */
  minorFlags?: boolean;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  conflict: 'Conflict',
  unverified: 'Unverified',
};

/** Text marks that do not depend on colour (also used by the popup). */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  supported: '✓',
  conflict: '✗',
  unverified: '?',
};

export function reportToJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Escapes Markdown syntax in inline text (one line: newlines become spaces). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}

function quote(text: string): string {
  return `> ${escapeMarkdown(text)}`;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function flagRow(flag: Flag): string {
  const cells = [flag.field, flag.severity, flag.article, flag.official, flag.explanation].map(escapeMarkdown);
  return `| ${cells.join(' | ')} |`;
}

function claimSection(claim: Claim, index: number, minorFlags: boolean): string[] {
  const lines = [`### ${index + 1}. ${VERDICT_SYMBOL[claim.verdict]} ${VERDICT_LABEL[claim.verdict]}`, '', quote(claim.text), ''];
  if (claim.evidence) {
    lines.push(`Official text (${escapeMarkdown(claim.evidence.recordId)} §${escapeMarkdown(claim.evidence.paragraph)}):`, '', quote(claim.evidence.text), '');
  } else {
    lines.push('No official summary covers this claim.', '');
  }
  const flags = claim.flags.filter((f) => minorFlags || f.severity === 'major');
  if (flags.length > 0) {
    lines.push('| Field | Severity | Article | Official | Why |', '| --- | --- | --- | --- | --- |', ...flags.map(flagRow), '');
  }
  return lines;
}

function mentionSummary(report: Report): string | null {
  const counts = new Map<string, { text: string; n: number }>();
  for (const m of report.mentions) {
    const seen = counts.get(m.entity);
    if (seen) seen.n += 1;
    else counts.set(m.entity, { text: m.text, n: 1 });
  }
  if (counts.size === 0) return null;
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .map(({ text, n }) => `${escapeMarkdown(text)} (${n})`)
    .join(', ');
}

export function reportToMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const minorFlags = options.minorFlags ?? true;
  const counts = countVerdicts(report);
  const lines: string[] = [`# Readout Lens report: ${escapeMarkdown(report.title ?? report.source)}`, ''];
  lines.push(`- Page: <${report.source.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(`- Published: ${report.published ? escapeMarkdown(report.published) : 'unknown'}`);
  lines.push(`- Language: ${escapeMarkdown(report.language)}`);
  if (report.meeting) {
    const record = options.record && options.record.id === report.meeting.recordId ? options.record : null;
    const name = record ? `${escapeMarkdown(record.title)}, ` : '';
    lines.push(`- Meeting: ${name}${escapeMarkdown(report.meeting.date)} (record ${escapeMarkdown(report.meeting.recordId)}), confidence ${percent(report.meeting.confidence)}`);
    if (report.meeting.reasons.length > 0) {
      lines.push(`- Why this meeting: ${report.meeting.reasons.map(escapeMarkdown).join('; ')}`);
    }
    if (record?.sourceUrl) lines.push(`- Official summary: <${record.sourceUrl.replace(/[<>\s]/g, encodeURIComponent)}>`);
    if (record?.partial) lines.push('- The official record is a partial copy: claims left unverified may be covered by its missing part.');
  } else {
    lines.push('- Meeting: no official record fits this page');
  }
  lines.push(`- Claims: ${report.claims.length} (${counts.conflict} conflict, ${counts.supported} supported, ${counts.unverified} unverified)`);
  const mentions = mentionSummary(report);
  if (mentions) lines.push(`- Mentioned: ${mentions}`);
  lines.push('');
  if (report.claims.length > 0) {
    lines.push('## Claims', '');
    report.claims.forEach((claim, i) => lines.push(...claimSection(claim, i, minorFlags)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "readout-example.com-2026-01-16.md": the page's host and the report's publication day. */
export function exportFileName(report: Report, extension: 'json' | 'md'): string {
  let host = 'page';
  try {
    host = new URL(report.source).hostname || 'page';
  } catch {
    // not a URL (a file path from the CLI): keep "page"
  }
  const day = /^\d{4}-\d{2}-\d{2}/.exec(report.published ?? '')?.[0];
  const safe = host.replace(/[^a-z0-9.-]+/gi, '-');
  return `readout-${safe}${day ? `-${day}` : ''}.${extension}`;
}
