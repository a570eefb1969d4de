// report.json (the whole report) and events.ndjson (one line per process, DNS answer, connection
// and request, in time order). Neither ever holds payload bytes.
//
// Both are written a record at a time, from records read a record at a time: a 100k-request report
// is ~100 MB of JSON, and its records are read back from the capture's spool. The bytes are the
// same as JSON.stringify(report, null, 2) and a joined NDJSON sorted by time.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectionRecord, Report, RequestRecord } from '../records/types.js';

/** A line of events.ndjson (without its newline), with its time in ms since the epoch. */
export interface EventLine {
  time: number;
  line: string;
}

/** A report's requests or connections, handed out a record at a time. */
export class RecordList<T extends { time: string }> implements Iterable<T> {
  constructor(
    readonly length: number,
    /** In the report's order. */
    private readonly inOrder: () => Iterable<T>,
    /** Their events.ndjson lines, by time, ties in the report's order. */
    readonly eventLines: () => Iterable<EventLine>,
  ) {}

  static of<T extends { time: string }>(type: string, records: readonly T[]): RecordList<T> {
    return new RecordList(
      records.length,
      () => records,
      () => eventLines(type, records, (record) => record.time),
    );
  }

  [Symbol.iterator](): Iterator<T> {
    return this.inOrder()[Symbol.iterator]();
  }
}

/** A report whose requests and connections are read as the files are written. */
export type StreamedReport = Omit<Report, 'requests' | 'connections'> & {
  requests: RecordList<RequestRecord>;
  connections: RecordList<ConnectionRecord>;
};

/** Text gathered before a write: little enough to be collected young (a megabyte was promoted). */
const FLUSH_BYTES = 64 << 10;

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

/**
 * Writes both files of a report held in memory (the post step's) or streamed from a capture's spool.
 * `onRequest` sees each request as report.json lists it (the table prints them in that pass).
 */
export function writeReportFiles(
  dir: string,
  report: Report | StreamedReport,
  onRequest?: (request: RequestRecord) => void,
): { reportPath: string; eventsPath: string } {
  const streamed: StreamedReport =
    report.requests instanceof RecordList && report.connections instanceof RecordList
      ? (report as StreamedReport)
      : {
          ...report,
          requests: RecordList.of('request', report.requests as RequestRecord[]),
          connections: RecordList.of('connection', report.connections as ConnectionRecord[]),
        };
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const eventsPath = join(dir, 'events.ndjson');
  const json = new FileWriter(reportPath);
  writeJson(streamed, json, onRequest);
  json.close();
  const events = new FileWriter(eventsPath);
  writeNdjson(streamed, events);
  events.close();
  return { reportPath, eventsPath };
}

/** JSON.stringify(report, null, 2) + '\n', with the top-level lists written an element at a time. */
function writeJson(
  report: StreamedReport,
  out: FileWriter,
  onRequest?: (request: RequestRecord) => void,
): void {
  // Keys JSON.stringify would drop (undefined values) are dropped here too.
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  out.write('{');
  entries.forEach(([key, value], index) => {
    out.write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    const list =
      value instanceof RecordList || Array.isArray(value)
        ? (value as Iterable<unknown> & { length: number })
        : undefined;
    if (list === undefined) {
      out.write(indent(JSON.stringify(value, null, 2), 2));
    } else if (list.length === 0) {
      out.write('[]');
    } else {
      out.write('[');
      let first = true;
      for (const item of list) {
        out.write(`${first ? '' : ','}\n    ${nestedJson(item)}`);
        first = false;
        if (value === report.requests) onRequest?.(item as RequestRecord);
      }
      out.write('\n  ]');
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

function writeNdjson(report: StreamedReport, out: FileWriter): void {
  // Each source is in time order; merged, ties go to the earlier source, as a stable sort of all
  // the lines in this order would put them.
  const sources = [
    eventLines('process', report.processes, () => report.startedAt),
    eventLines('dns', report.dns, (d) => d.time),
    report.connections.eventLines(),
    report.requests.eventLines(),
  ].map((lines) => lines[Symbol.iterator]());
  for (const { line } of mergeByTime(sources)) out.write(`${line}\n`);
}

/** Lines of records held in memory, by time, ties in their order; each written as it is asked for. */
function* eventLines<T extends object>(
  type: string,
  records: readonly T[],
  timeOf: (record: T) => string,
): Generator<EventLine> {
  const byTime = records
    .map((record) => ({ record, ms: Date.parse(timeOf(record)) }))
    .sort((a, b) => a.ms - b.ms);
  for (const { record, ms } of byTime) {
    yield { time: ms, line: JSON.stringify({ type, time: timeOf(record), ...record }) };
  }
}

function* mergeByTime(sources: Iterator<EventLine>[]): Generator<EventLine> {
  const heads = sources.map((source) => source.next());
  for (;;) {
    let first: number | undefined;
    let firstTime = 0;
    for (const [i, head] of heads.entries()) {
      if (head.done || (first !== undefined && head.value.time >= firstTime)) continue;
      first = i;
      firstTime = head.value.time;
    }
    if (first === undefined) return;
    yield (heads[first] as IteratorYieldResult<EventLine>).value;
    heads[first] = (sources[first] as Iterator<EventLine>).next();
  }
}
