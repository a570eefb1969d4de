// The job summary: what a reader must see first (tampering, violations), then every destination,
// then the details. Row caps keep it under GitHub's 1 MiB step summary limit for any job; what is
// left out is counted and points at the artifact, which has everything.
import { basename } from 'node:path';
import type { Violation } from '../policy/index.js';
import type { Judgement, ProcessInfo, Report, RequestRecord } from '../records/types.js';
import type { WorkflowStep } from './workflow.js';

/** GitHub refuses step summaries over 1 MiB; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 64 * 1024;
const MAX_VIOLATION_ROWS = 100;
const MAX_DESTINATION_ROWS = 200;
const MAX_REQUEST_ROWS = 500;
const MAX_CELL_CHARS = 200;
const SAMPLE_PATHS = 3;
const SAMPLE_PROCESSES = 3;

export interface SummaryInput {
  /** Judged report; requests of egress-lens's own step are in it, unjudged. */
  report: Report;
  /** The job's violations (egress-lens's own traffic is never judged). */
  violations: Violation[];
  mode: 'audit' | 'enforce';
  policyFiles: string[];
  /** Why the capture cannot be trusted, if it cannot: shown before anything else. */
  tamper: string[];
  steps: ReadonlyMap<string, WorkflowStep>;
  /** GITHUB_ACTION of egress-lens's own pre/post: its traffic is kept apart. */
  ownStep?: string;
  /** A policy that would allow the run, offered when there are violations. */
  suggestion?: string;
  reportPath: string;
  artifactName?: string;
}

export function renderSummary(input: SummaryInput): string {
  const { report, violations, mode } = input;
  const jobRequests = report.requests.filter((r) => r.process.step !== input.ownStep || !input.ownStep);
  const ownRequests = report.requests.length - jobRequests.length;
  const destinations = groupDestinations(input, jobRequests);
  const out: string[] = [];

  const v = violations.length;
  out.push(
    `## egress-lens: ${count(jobRequests.length, 'request')} to ${count(destinations.length, 'destination')}, ` +
      `${count(v, 'violation')}${v > 0 ? (mode === 'enforce' ? ' — job failed' : ' (audit: not enforced)') : ''}`,
    '',
    `Mode **${mode}** · policy ${input.policyFiles.map((f) => `\`${f}\``).join(', ') || 'none'} · ` +
      `${count(report.stats.lost, 'lost event')} · ${count(report.connections.length, 'connection')}` +
      (ownRequests > 0 ? ` · ${count(ownRequests, 'request')} by egress-lens itself, not judged` : ''),
    '',
  );
  if (input.tamper.length > 0) {
    out.push('> [!CAUTION]', '> **The capture cannot be trusted for the whole job.**');
    for (const reason of input.tamper) out.push(`> - ${escapeText(reason)}`);
    out.push('');
  }
  const warnings = report.warnings.filter((w) => !input.tamper.includes(w));
  if (warnings.length > 0) {
    out.push('> [!WARNING]');
    for (const warning of warnings) out.push(`> - ${escapeText(warning)}`);
    out.push('');
  }

  if (v > 0) {
    out.push(
      `### Violations`,
      '',
      '| Step | Process | Method | URL | Rule |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const violation of violations.slice(0, MAX_VIOLATION_ROWS)) {
      const [method, url] = splitDestination(violation);
      out.push(
        row([
          stepLabel(input, violation.process),
          processLabel(violation.process),
          method,
          url,
          rule(violation.judgement),
        ]),
      );
    }
    out.push(...more(v - MAX_VIOLATION_ROWS, 'violation', input), '');
  }

  out.push(
    '### Destinations',
    '',
    '| Host | Requests | Methods | Sample paths | Processes | Steps |',
    '| --- | ---: | --- | --- | --- | --- |',
  );
  for (const d of destinations.slice(0, MAX_DESTINATION_ROWS)) {
    out.push(
      row([
        (d.violations > 0 ? '❌ ' : '') + d.host,
        String(d.requests),
        [...d.methods].join(' '),
        [...d.paths].slice(0, SAMPLE_PATHS).join(' '),
        [...d.processes].slice(0, SAMPLE_PROCESSES).join(' '),
        [...d.steps].join(', '),
      ]),
    );
  }
  if (destinations.length === 0) out.push(row(['(none)', '0', '', '', '', '']));
  out.push(...more(destinations.length - MAX_DESTINATION_ROWS, 'destination', input), '');

  if (jobRequests.length > 0) {
    out.push(
      `<details><summary>All ${count(jobRequests.length, 'request')}</summary>`,
      '',
      '| Time | Step | Process | Method | URL | Status | Verdict |',
      '| --- | --- | --- | --- | --- | ---: | --- |',
    );
    for (const r of jobRequests.slice(0, MAX_REQUEST_ROWS)) {
      out.push(
        row([
          r.time.slice(11, 23),
          stepLabel(input, r.process),
          processLabel(r.process),
          r.method || '-',
          r.visibility === 'full' ? r.url : `${r.url} (${r.visibility})`,
          r.status === null ? '-' : String(r.status),
          r.judgement?.verdict ?? '-',
        ]),
      );
    }
    out.push(...more(jobRequests.length - MAX_REQUEST_ROWS, 'request', input), '', '</details>', '');
  }

  if (v > 0 && input.suggestion) {
    out.push(
      '<details><summary>Suggested policy: allows everything this job did</summary>',
      '',
      'Review it before you commit it as `.github/egress-policy.yml`:',
      '',
      '```yaml',
      input.suggestion.trimEnd(),
      '```',
      '',
      '</details>',
      '',
    );
  }
  out.push(
    `Full report: \`${input.reportPath}\`${input.artifactName ? `, artifact \`${input.artifactName}\`` : ''}.`,
    '',
  );
  return fitBudget(out);
}

interface Destination {
  host: string;
  requests: number;
  violations: number;
  methods: Set<string>;
  paths: Set<string>;
  processes: Set<string>;
  steps: Set<string>;
}

/** Requests by host (with port when not the scheme's own); connections without requests by name or address. */
function groupDestinations(input: SummaryInput, requests: RequestRecord[]): Destination[] {
  const byHost = new Map<string, Destination>();
  const get = (host: string) => {
    let d = byHost.get(host);
    if (!d) {
      d = {
        host,
        requests: 0,
        violations: 0,
        methods: new Set(),
        paths: new Set(),
        processes: new Set(),
        steps: new Set(),
      };
      byHost.set(host, d);
    }
    return d;
  };
  const bad = (j: Judgement | undefined) => j !== undefined && j.verdict !== 'allowed';
  const defaultPort = { http: 80, https: 443 };
  for (const r of requests) {
    const d = get(r.port === defaultPort[r.scheme] ? r.host : `${r.host}:${r.port}`);
    d.requests++;
    if (bad(r.judgement)) d.violations++;
    if (r.method) d.methods.add(r.method);
    if (r.path) d.paths.add(r.path.split('?', 1)[0] ?? r.path);
    d.processes.add(basename(r.process.exe) || '?');
    d.steps.add(stepLabel(input, r.process));
  }
  const withRequests = new Set(requests.map((r) => r.connectionId));
  for (const c of input.report.connections) {
    if (withRequests.has(c.id) || c.requestIds.length > 0) continue;
    if (input.ownStep && c.process.step === input.ownStep) continue;
    const d = get(`${c.sni ?? c.dnsName ?? c.remoteAddress}:${c.remotePort}`);
    if (bad(c.judgement)) d.violations++;
    d.processes.add(basename(c.process.exe) || '?');
    d.steps.add(stepLabel(input, c.process));
  }
  return [...byHost.values()].sort(
    (a, b) => b.violations - a.violations || b.requests - a.requests || a.host.localeCompare(b.host),
  );
}

export function stepLabel(input: Pick<SummaryInput, 'steps'>, process: ProcessInfo): string {
  if (process.step === undefined) return '(no step)';
  return input.steps.get(process.step)?.label ?? process.step;
}

function processLabel(process: ProcessInfo): string {
  const name = `${basename(process.exe) || '?'}[${process.pid}]`;
  if (!process.container) return name;
  // Docker's short id; `pidns:<inode>` (a namespace with no container id) stays whole.
  const container = /^[0-9a-f]{64}$/.test(process.container)
    ? process.container.slice(0, 12)
    : process.container;
  return `${name} in container ${container}`;
}

function splitDestination(violation: Violation): [string, string] {
  const space = violation.destination.indexOf(' ');
  const method = violation.destination.slice(0, space);
  return violation.kind === 'request' && /^[A-Z]+$/.test(method)
    ? [method, violation.destination.slice(space + 1)]
    : ['-', violation.destination];
}

function rule(judgement: Judgement): string {
  const basis =
    judgement.basis === undefined
      ? ''
      : ` (judged on ${judgement.basis === 'host-only' ? 'host' : 'IP'} only)`;
  if (judgement.rule === undefined) return `no rule allows it${basis}`;
  return `${judgement.rule.kind} rule at ${judgement.rule.file}:${judgement.rule.line}${basis}`;
}

function more(hidden: number, what: string, input: SummaryInput): string[] {
  if (hidden <= 0) return [];
  return [
    '',
    `… and ${count(hidden, `more ${what}`)}: see ${input.artifactName ? `the \`${input.artifactName}\` artifact` : `\`${input.reportPath}\``}.`,
  ];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function row(cells: string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A table cell: one line, no HTML, `|` escaped, at most MAX_CELL_CHARS. */
function cell(text: string): string {
  const short = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  return escapeText(short).replace(/\|/g, '\\|');
}

function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The caps bound the size already; this guard keeps a pathological report from breaking the summary. */
function fitBudget(lines: string[]): string {
  const text = lines.join('\n');
  if (Buffer.byteLength(text) <= BUDGET_BYTES) return text;
  let size = 0;
  const kept: string[] = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > BUDGET_BYTES) break;
    kept.push(line);
  }
  kept.push(
    '',
    '</details>',
    '',
    '**Summary truncated at GitHub’s size limit: the report artifact has everything.**',
    '',
  );
  return kept.join('\n');
}
