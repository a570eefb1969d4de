// The table `egress-lens run` prints: one line per request, readable in a terminal. Column widths are
// measured as requests are built, so that rows can be printed as the records are read back.
import { basename } from 'node:path';
import type { Report, RequestRecord } from '../records/types.js';

const HEADER = ['METHOD', 'STATUS', 'URL', 'PROCESS'];

/** Text gathered before it is written: a 100k-request table is ~10 MB. */
const CHUNK_CHARS = 1 << 16;

export class RequestTable {
  /** Of every column but the last (the verdict), which is not padded. */
  private readonly widths = HEADER.map((h) => h.length);
  private pending = '';

  constructor(private readonly write: (text: string) => void) {}

  measure(request: RequestRecord): void {
    paddedCells(request).forEach((cell, i) => (this.widths[i] = Math.max(this.widths[i] ?? 0, cell.length)));
  }

  header(withPolicy: boolean): void {
    this.print(HEADER, withPolicy ? 'POLICY' : '');
  }

  /** A measured request. */
  row(request: RequestRecord): void {
    const { judgement } = request;
    this.print(
      paddedCells(request),
      judgement && judgement.verdict !== 'allowed' ? judgement.verdict.toUpperCase() : '',
    );
  }

  footer(
    report: Pick<Report, 'stats' | 'warnings'> & {
      requests: { length: number };
      connections: { length: number };
    },
  ): void {
    const counts = `${plural(report.requests.length, 'request')}, ${plural(report.connections.length, 'connection')}, ${plural(report.stats.lost, 'event')} lost`;
    this.write(`${this.pending}\n${counts}\n${report.warnings.map((w) => `warning: ${w}\n`).join('')}`);
    this.pending = '';
  }

  private print(padded: string[], last: string): void {
    const cells = padded.map((cell, i) => cell.padEnd(this.widths[i] ?? 0));
    this.pending += `${[...cells, last].join('  ').trimEnd()}\n`;
    if (this.pending.length < CHUNK_CHARS) return;
    this.write(this.pending);
    this.pending = '';
  }
}

function paddedCells(r: RequestRecord): string[] {
  return [
    r.method || '-',
    r.status === null ? '-' : String(r.status),
    r.visibility === 'full' ? r.url : `${r.url} (${r.visibility}: ${r.reason ?? 'unknown'})`,
    `${basename(r.process.exe) || '?'}[${r.process.pid}]`,
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
