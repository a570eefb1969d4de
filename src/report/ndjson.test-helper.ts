// events.ndjson as first defined, for tests to hold the streaming writer to.
import type { Report } from '../records/types.js';

/** A line per record, all of them sorted (stably) by time. */
export function expectedNdjson(report: Report): string {
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
