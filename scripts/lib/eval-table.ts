// The evaluation's figures as a Markdown table (for the terminal and the README) and a per-page
// list of what went wrong, so a rule change can be read off as a diff of two runs.
import type { PageScore, Totals } from './eval-score';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);
const ratio = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;

export const TABLE_HEAD = [
  'pages', 'meeting right', 'truth claims', 'missing claims', 'conflicts found (right field)',
  'false conflicts', 'false supported', 'supported recall',
];

export function tableRow(t: Totals): string[] {
  return [
    String(t.pages), ratio(t.meetingsRight, t.pages), String(t.truthClaims), ratio(t.missing, t.truthClaims),
    ratio(t.conflictsFound, t.conflictsPlanted), String(t.falseConflicts), String(t.falseSupported),
    ratio(t.supportedShown, t.supportedTruth),
  ];
}

const GROUP_NAMES: Record<string, string> = { en: 'en', ja: 'ja', all: 'all', fresh: 'written after the engine' };

export function formatTable(groups: { group: string; totals: Totals }[]): string {
  const rows = [['', ...TABLE_HEAD], ...groups.map((g) => [GROUP_NAMES[g.group] ?? g.group, ...tableRow(g.totals)])];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

const short = (s: string) => { const f = s.replace(/\s+/g, ' ').trim(); return f.length > 100 ? `${f.slice(0, 99)}…` : f; };

/** One block per page with anything to report; pages scored perfectly get a single line. */
export function formatDetails(scores: PageScore[]): string {
  return scores.map((s) => {
    const lines: string[] = [];
    if (!s.meeting.right) lines.push(`  meeting: got ${s.meeting.got ?? 'none'}, expected ${s.meeting.expected ?? 'none'}`);
    for (const f of s.falseConflicts) lines.push(`  FALSE CONFLICT ${f.field} (${f.reason}): ${short(f.text)}`);
    for (const f of s.falseSupported) lines.push(`  FALSE SUPPORTED (${f.reason}): ${short(f.text)}`);
    for (const q of s.missing) lines.push(`  not read as a claim: ${short(q)}`);
    for (const m of s.conflicts.missed) lines.push(`  missed ${m.field} conflict (got ${m.got}): ${short(m.quote)}`);
    for (const m of s.supported.missed) lines.push(`  supported shown ${m.got}: ${short(m.quote)}`);
    const head = `${s.page} [${s.language}, ${s.style}]`;
    return lines.length ? `${head}\n${lines.join('\n')}` : `${head}: as the truth says`;
  }).join('\n');
}
