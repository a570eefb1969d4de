// Judging records against a policy: deny beats allow, anything not allowed is unmatched. A rule only
// matches when every field it names is known and matches, so a rule that needs a path cannot allow a
// request whose path was not seen.
import type {
  ConnectionRecord,
  Judgement,
  ProcessInfo,
  Report,
  RequestRecord,
  Visibility,
} from '../records/types.js';
import type { CompiledRule, Policy } from './load.js';
import { isIpAddress } from './match.js';

/** What is known about one request or connection, in the terms rules speak. */
export interface Target {
  host?: string;
  ip?: string;
  port: number;
  scheme?: 'http' | 'https';
  method?: string;
  path?: string;
  exe: string;
  step?: string;
}

export interface Violation {
  kind: 'request' | 'connection';
  id: string;
  /** `GET https://host/path` for a request, `host:port (address)` for a connection. */
  destination: string;
  judgement: Judgement;
  process: ProcessInfo;
}

/** Method and path travel in the request head, so they are known unless only SNI or the IP was seen. */
export function headSeen(visibility: Visibility): boolean {
  return visibility === 'full' || visibility === 'headers-only';
}

/** A rule field matches when the rule does not name it, or the value is known and passes. */
function fieldMatches<T>(test: ((value: T) => boolean) | undefined, value: T | undefined): boolean {
  return test === undefined || (value !== undefined && test(value));
}

function ruleMatches(rule: CompiledRule, target: Target): boolean {
  const { methods, paths } = rule;
  return (
    fieldMatches(rule.host, target.host) &&
    fieldMatches(rule.ip, target.ip) &&
    (rule.port === undefined || rule.port === target.port) &&
    (rule.scheme === undefined || rule.scheme === target.scheme) &&
    fieldMatches(methods && ((method: string) => methods.has(method.toUpperCase())), target.method) &&
    fieldMatches(paths && ((path: string) => paths.some((matches) => matches(path))), target.path) &&
    fieldMatches(rule.process, target.exe) &&
    fieldMatches(rule.step, target.step)
  );
}

/** What a request shows; its connection, when known, supplies the remote IP for `ip` rules. */
export function requestTarget(
  request: RequestRecord,
  connection?: Pick<ConnectionRecord, 'remoteAddress'>,
): Target {
  const head = headSeen(request.visibility);
  return {
    host: request.visibility === 'ip-only' || request.host === '' ? undefined : request.host,
    ip: connection?.remoteAddress ?? (isIpAddress(request.host) ? request.host : undefined),
    port: request.port,
    scheme: request.scheme,
    method: head ? request.method : undefined,
    path: head ? request.path : undefined,
    exe: request.process.exe,
    step: request.process.step,
  };
}

/** What a connection shows without its requests: SNI or DNS name, IP, port. */
export function connectionTarget(connection: ConnectionRecord): Target {
  return {
    host: connection.sni ?? connection.dnsName,
    ip: connection.remoteAddress,
    port: connection.remotePort,
    scheme: connection.tls ? 'https' : undefined,
    exe: connection.process.exe,
    step: connection.process.step,
  };
}

/** Judge a target; without method and path the verdict rests on the host, or on the IP alone. */
export function judgeTarget(policy: Policy, target: Target): Judgement {
  const basis = target.path !== undefined ? undefined : target.host !== undefined ? 'host-only' : 'ip-only';
  const withBasis = (judgement: Judgement): Judgement =>
    basis === undefined ? judgement : { ...judgement, basis };
  const deny = policy.deny.find((rule) => ruleMatches(rule, target));
  if (deny !== undefined) return withBasis({ verdict: 'denied', rule: deny.ref });
  const allow = policy.allow.find((rule) => ruleMatches(rule, target));
  if (allow !== undefined) return withBasis({ verdict: 'allowed', rule: allow.ref });
  return withBasis({ verdict: 'unmatched' });
}

export function judgeRequest(
  policy: Policy,
  request: RequestRecord,
  connection?: Pick<ConnectionRecord, 'remoteAddress'>,
): Judgement {
  return judgeTarget(policy, requestTarget(request, connection));
}

export function judgeConnection(policy: Policy, connection: ConnectionRecord): Judgement {
  return judgeTarget(policy, connectionTarget(connection));
}

const SEVERITY = { allowed: 0, unmatched: 1, denied: 2 } as const;

/**
 * A connection whose requests' heads were seen is judged through them, by the first of their worst
 * verdicts: fold its requests into `worst` in the order they were built. Still undefined at the end,
 * the connection is judged on its own.
 */
export function worstThrough(
  worst: Judgement | undefined,
  visibility: Visibility,
  judgement: Judgement,
): Judgement | undefined {
  if (!headSeen(visibility)) return worst;
  return worst === undefined || SEVERITY[judgement.verdict] > SEVERITY[worst.verdict] ? judgement : worst;
}

/**
 * Judges records one at a time in the order they are built, a connection's requests before the
 * connection, as `applyPolicy` judges a whole report. It holds a verdict only for connections with
 * requests judged and the connection not yet.
 */
export class RecordJudge {
  /** Requests and connections not allowed; a connection with requests (before it) is told through them. */
  violations = 0;
  private readonly worstOf = new Map<string, Judgement>();

  constructor(private readonly policy: Policy) {}

  /** `remoteAddress`: of the connection the request went over, for `ip` rules. */
  request(request: RequestRecord, remoteAddress: string | undefined): Judgement {
    const judgement = judgeRequest(
      this.policy,
      request,
      remoteAddress === undefined ? undefined : { remoteAddress },
    );
    const worst = worstThrough(this.worstOf.get(request.connectionId), request.visibility, judgement);
    if (worst !== undefined) this.worstOf.set(request.connectionId, worst);
    if (judgement.verdict !== 'allowed') this.violations++;
    return judgement;
  }

  connection(connection: ConnectionRecord): Judgement {
    const worst = this.worstOf.get(connection.id);
    this.worstOf.delete(connection.id);
    const judgement = worst ?? judgeConnection(this.policy, connection);
    if (judgement.verdict !== 'allowed' && connection.requestIds.length === 0) this.violations++;
    return judgement;
  }
}

/**
 * Fill `judgement` on every request and connection. A connection whose requests' heads were seen is
 * judged through them (its worst verdict); one without is judged on SNI/DNS name and IP.
 */
export function applyPolicy(report: Report, policy: Policy): { report: Report; violations: Violation[] } {
  // Loops and Object.assign rather than spreads and flatMap: at 100k requests the copies were a
  // second of the report's time, most of it in the collector.
  const connectionsById = new Map(report.connections.map((connection) => [connection.id, connection]));
  const requests = report.requests.map((request) =>
    Object.assign({}, request, {
      judgement: judgeRequest(policy, request, connectionsById.get(request.connectionId)),
    }),
  );
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  const connections = report.connections.map((connection) => {
    let worst: Judgement | undefined;
    for (const id of connection.requestIds) {
      const request = requestsById.get(id);
      if (request !== undefined) worst = worstThrough(worst, request.visibility, request.judgement);
    }
    return Object.assign({}, connection, { judgement: worst ?? judgeConnection(policy, connection) });
  });

  const violations: Violation[] = [];
  for (const request of requests) {
    if (request.judgement.verdict === 'allowed') continue;
    const url = request.url || `${request.scheme}://${request.host}:${request.port}`;
    // Without the request head there is no method to show.
    const destination = request.method === '' ? url : `${request.method} ${url}`;
    violations.push({
      kind: 'request',
      id: request.id,
      destination,
      judgement: request.judgement,
      process: request.process,
    });
  }
  for (const connection of connections) {
    // A connection with request records is already reported through them.
    if (
      connection.judgement.verdict === 'allowed' ||
      connection.requestIds.some((id) => requestsById.has(id))
    )
      continue;
    const name = connection.sni ?? connection.dnsName;
    const address = `${connection.remoteAddress}:${connection.remotePort}`;
    const destination =
      name === undefined ? address : `${name}:${connection.remotePort} (${connection.remoteAddress})`;
    violations.push({
      kind: 'connection',
      id: connection.id,
      destination,
      judgement: connection.judgement,
      process: connection.process,
    });
  }
  return { report: { ...report, requests, connections }, violations };
}
