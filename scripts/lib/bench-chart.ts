// The browser benchmark's chart: main-thread time of each approach at each page size, as
// horizontal bars on a log scale, written as a standalone SVG (README shows it next to the table).

export interface ChartGroup {
  label: string;
  bars: Array<{ label: string; ms: number | null }>;
}

const COLORS = ['#9aa5b1', '#d98e04', '#b3261e', '#1f6feb'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : ms >= 0.1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`);

export function barChartSvg(title: string, groups: readonly ChartGroup[]): string {
  const all = groups.flatMap((g) => g.bars.map((b) => b.ms)).filter((x): x is number => x !== null && x > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...all))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all))));
  const left = 210;
  const width = 760;
  const plotW = width - left - 90;
  const barH = 16;
  const gap = 26;
  const x = (ms: number) => left + (Math.log10(ms / lo) / Math.log10(hi / lo)) * plotW;
  const rows: string[] = [];
  let y = 50;
  for (const g of groups) {
    rows.push(`<text x="10" y="${y + 12}" font-weight="bold">${esc(g.label)}</text>`);
    y += 18;
    g.bars.forEach((b, i) => {
      rows.push(`<text x="${left - 8}" y="${y + 12}" text-anchor="end">${esc(b.label)}</text>`);
      if (b.ms !== null && b.ms > 0) {
        const w = Math.max(1, x(b.ms) - left);
        rows.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLORS[i % COLORS.length]}"/>`);
        rows.push(`<text x="${(left + w + 6).toFixed(1)}" y="${y + 12}">${fmt(b.ms)}</text>`);
      } else {
        rows.push(`<text x="${left + 6}" y="${y + 12}" fill="#666">not measured</text>`);
      }
      y += barH + 4;
    });
    y += gap - 4;
  }
  const ticks: string[] = [];
  for (let t = lo; t <= hi; t *= 10) {
    ticks.push(`<line x1="${x(t).toFixed(1)}" y1="40" x2="${x(t).toFixed(1)}" y2="${y - gap + 8}" stroke="#ddd"/>`);
    ticks.push(`<text x="${x(t).toFixed(1)}" y="${y - gap + 24}" text-anchor="middle" fill="#555">${fmt(t)}</text>`);
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ...ticks,
    ...rows,
    '</svg>',
    '',
  ].join('\n');
}
