// The parts of a report a regression baseline pins down: the meeting, and each claim's verdict,
// flags and evidence paragraph (not offsets or mention lists, which churn with the gazetteer).
import type { Report } from '../../engine/report';

export function summarizeReport(report: Report) {
  return {
    meeting: report.meeting ? { recordId: report.meeting.recordId, date: report.meeting.date } : null,
    claims: report.claims.map((c) => ({
      text: c.text,
      verdict: c.verdict,
      evidence: c.evidence ? `${c.evidence.recordId} §${c.evidence.paragraph}` : null,
      flags: c.flags.map((f) => `${f.field} (${f.severity}): ${f.article} | ${f.official}`),
    })),
  };
}
