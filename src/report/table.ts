// The table `egress-lens run` prints: one line per request, readable in a terminal.
import { basename } from 'node:path';
import type { Report, RequestRecord } from '../records/types.js';

export function formatTable(report: Report): string {
  const rows = report.requests.map((r) => [
    r.method || '-',
    r.status === null ? '-' : String(r.status),
    r.visibility === 'full' ? r.url : `${r.url} (${r.visibility}: ${r.reason ?? 'unknown'})`,
    processLabel(r),
    r.judgement && r.judgement.verdict !== 'allowed' ? r.judgement.verdict.toUpperCase() : '',
  ]);
  const header = ['METHOD', 'STATUS', 'URL', 'PROCESS', report.policy ? 'POLICY' : ''];
  // A loop, not Math.max(...rows): spreading 100k rows as arguments overflows the stack.
  const widths = header.map((h) => h.length);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const s = report.stats;
  const summary = `${plural(report.requests.length, 'request')}, ${plural(report.connections.length, 'connection')}, ${plural(s.lost, 'event')} lost`;
  const out = [line(header), ...rows.map(line), '', summary];
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return `${out.join('\n')}\n`;
}

function processLabel(r: RequestRecord): string {
  return `${basename(r.process.exe) || '?'}[${r.process.pid}]`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
