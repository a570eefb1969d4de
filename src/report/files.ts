// report.json (the whole report) and events.ndjson (one line per process, DNS answer, connection
// and request, in time order). Neither ever holds payload bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../records/types.js';

export function writeReportFiles(dir: string, report: Report): { reportPath: string; eventsPath: string } {
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const eventsPath = join(dir, 'events.ndjson');
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(eventsPath, toNdjson(report));
  return { reportPath, eventsPath };
}

export function toNdjson(report: Report): string {
  const lines: Array<{ time: string; line: string }> = [];
  const add = (type: string, time: string, body: object) =>
    lines.push({ time, line: JSON.stringify({ type, time, ...body }) });
  for (const p of report.processes) add('process', report.startedAt, p);
  for (const d of report.dns) add('dns', d.time, d);
  for (const c of report.connections) add('connection', c.time, c);
  for (const r of report.requests) add('request', r.time, r);
  lines.sort((a, b) => a.time.localeCompare(b.time));
  return lines.map((l) => `${l.line}\n`).join('');
}
