// Formats a report for a person reading a terminal: the meeting, then claims grouped by verdict.
import type { Report, Verdict } from '../../engine/report';

const HEADINGS: Record<Verdict, string> = {
  conflict: '✗ CONFLICT — the article disagrees with the official record',
  supported: '✓ SUPPORTED — an official passage says the same',
  unverified: '? UNVERIFIED — no official passage covers it',
};

/**
 * `partialRecords`: ids of records whose official copy is incomplete; the reader is told, since an
 * unverified claim may be covered by the missing part.
 */
export function formatReport(report: Report, partialRecords: ReadonlySet<string> = new Set()): string {
  const out: string[] = [];
  out.push(`${report.source}${report.title ? ` — ${report.title}` : ''}`);
  out.push(`Language: ${report.language} · Published: ${report.published ?? 'unknown'} · Mentions: ${report.mentions.length}`);
  if (report.meeting) {
    out.push(`Meeting: ${report.meeting.date} (${report.meeting.recordId}), confidence ${report.meeting.confidence.toFixed(2)}`);
    out.push(`  because: ${report.meeting.reasons.join('; ')}`);
    if (partialRecords.has(report.meeting.recordId)) {
      out.push('  The official record is a partial copy: an unverified claim may be covered by the missing part.');
    }
  } else {
    out.push('Meeting: no official record in the data fits this article; nothing is checked against another meeting.');
  }
  for (const verdict of ['conflict', 'supported', 'unverified'] as const) {
    const claims = report.claims.filter((c) => c.verdict === verdict);
    if (!claims.length) continue;
    out.push('', `${HEADINGS[verdict]} (${claims.length})`);
    for (const c of claims) {
      out.push(`  • "${c.text}"`);
      for (const f of c.flags) {
        out.push(`      ${f.field} (${f.severity}): Article: "${f.article}" · Official: "${f.official}"`);
        out.push(`        ${f.explanation}`);
      }
      if (c.evidence) out.push(`      Official [${c.evidence.recordId} §${c.evidence.paragraph}]: "${c.evidence.text}"`);
    }
  }
  if (!report.claims.length) out.push('', 'No checkable claims about the ministers\' meetings.');
  return out.join('\n');
}
