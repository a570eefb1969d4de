// report.json (the whole report) and events.ndjson (one line per process, DNS answer, connection
// and request, in time order). Neither ever holds payload bytes.
//
// Both are written a record at a time: a 100k-request report is ~100 MB of JSON, and building it as
// one string (twice, for the two files) was most of the agent's peak memory. The bytes are the same
// as JSON.stringify(report, null, 2) and a joined NDJSON.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../records/types.js';

/** Bytes gathered before a write: few syscalls, little memory. */
const FLUSH_BYTES = 1 << 20;

class FileWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

export function writeReportFiles(dir: string, report: Report): { reportPath: string; eventsPath: string } {
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const eventsPath = join(dir, 'events.ndjson');
  const json = new FileWriter(reportPath);
  writeJson(report, json);
  json.close();
  const events = new FileWriter(eventsPath);
  writeNdjson(report, events);
  events.close();
  return { reportPath, eventsPath };
}

/** JSON.stringify(report, null, 2) + '\n', with the top-level arrays written an element at a time. */
function writeJson(report: Report, out: FileWriter): void {
  // Keys JSON.stringify would drop (undefined values) are dropped here too.
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  out.write('{');
  entries.forEach(([key, value], index) => {
    out.write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      out.write('[');
      value.forEach((item: unknown, i) => out.write(`${i === 0 ? '' : ','}\n    ${nestedJson(item)}`));
      out.write('\n  ]');
    } else {
      out.write(indent(JSON.stringify(value, null, 2), 2));
    }
  });
  out.write(entries.length > 0 ? '\n}\n' : '}\n');
}

/**
 * An element of a top-level list as JSON.stringify(report, null, 2) writes it (four spaces deep),
 * cut out of a one-element wrapper: the serializer indents it in one pass, no second pass over it.
 */
function nestedJson(item: unknown): string {
  const wrapped = JSON.stringify({ a: [item] }, null, 2);
  return wrapped.slice(NESTED_PREFIX.length, wrapped.length - NESTED_SUFFIX.length);
}
const NESTED_PREFIX = '{\n  "a": [\n    ';
const NESTED_SUFFIX = '\n  ]\n}';

function indent(json: string, spaces: number): string {
  return json.replaceAll('\n', `\n${' '.repeat(spaces)}`);
}

function writeNdjson(report: Report, out: FileWriter): void {
  for (const line of ndjsonLines(report)) out.write(`${line}\n`);
}

export function toNdjson(report: Report): string {
  return ndjsonLines(report)
    .map((line) => `${line}\n`)
    .join('');
}

function ndjsonLines(report: Report): string[] {
  const lines: Array<{ time: string; line: string }> = [];
  const add = (type: string, time: string, body: object) =>
    lines.push({ time, line: JSON.stringify({ type, time, ...body }) });
  for (const p of report.processes) add('process', report.startedAt, p);
  for (const d of report.dns) add('dns', d.time, d);
  for (const c of report.connections) add('connection', c.time, c);
  for (const r of report.requests) add('request', r.time, r);
  lines.sort((a, b) => a.time.localeCompare(b.time));
  return lines.map((l) => l.line);
}
