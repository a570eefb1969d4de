// Writing the tightest readable policy that allows everything a report shows: presets where they
// cover, then one rule per host (siblings folded into `*.parent`), with paths kept when a host saw
// only a few path prefixes. Every rule is checked against what it must allow before it is written.
import { basename } from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import type { Report } from '../records/types.js';
import { connectionTarget, headSeen, judgeTarget, requestTarget, type Target } from './judge.js';
import { loadPresets, type Policy } from './load.js';
import {
  compileCidr,
  compileHostGlob,
  compilePathGlob,
  isIpAddress,
  normalizeHost,
  normalizePath,
} from './match.js';
import { HTTP_METHODS, PRESET_NAMES, SCHEMA_URL, type RuleDocument } from './schema.js';

export interface SuggestOptions {
  /** Where preset files live; defaults to the policies/ folder shipped with egress-lens. */
  presetsDir?: string;
}

/** One thing the policy must allow: a request, or a connection not judged through its requests. */
interface Observation {
  /** Normalised host, when one is known. */
  host?: string;
  ip?: string;
  port: number;
  /** Method and (normalised) path, when the request head was seen. */
  head?: { method: string; path: string };
  exe: string;
  target: Target;
}

// Beyond this many path prefixes a host is treated as serving "anything" and gets no `paths`.
const MAX_PATH_GLOBS = 3;
// At least this many sibling hosts (a.x.com, b.x.com, ...) are folded into `*.x.com`.
const MIN_SIBLINGS_TO_FOLD = 3;
// Parents shared by unrelated tenants: `*.github.io` would allow every GitHub Pages site.
const SHARED_PARENTS = new Set([
  'github.io',
  'githubusercontent.com',
  'amazonaws.com',
  's3.amazonaws.com',
  'cloudfront.net',
  'blob.core.windows.net',
  'azurewebsites.net',
  'appspot.com',
  'herokuapp.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'co.uk',
  'com.au',
  'co.jp',
  'com.br',
]);
const STANDARD_PORTS = new Set([80, 443]);

export function suggestPolicy(report: Report, opts: SuggestOptions = {}): string {
  const observations = observe(report);
  const presets = choosePresets(observations, opts.presetsDir);
  const remaining = observations.filter(
    (observation) => !presets.some(({ policy }) => allows(policy, observation)),
  );
  const { rules, uncovered } = buildRules(remaining);

  const doc = new Document({
    ...(presets.length > 0 ? { extends: presets.map(({ name }) => name) } : {}),
    allow: rules.map(({ rule }) => rule),
  });
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# Suggested by egress-lens from a run started ${report.startedAt}` +
      ` (requests: ${report.requests.length}, connections: ${report.connections.length}).`,
    ...(uncovered > 0 ? [`# Not covered: ${uncovered} with neither a host name nor an IP address.`] : []),
  ];
  for (const [index, { note }] of rules.entries()) {
    const node = doc.getIn(['allow', index], true);
    if (isMap(node)) node.commentBefore = ` ${note}`;
  }
  for (const path of [
    ['extends'],
    ...rules.flatMap((_, i) => [
      ['allow', i, 'methods'],
      ['allow', i, 'paths'],
    ]),
  ]) {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }
  return `${header.join('\n')}\n\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

function observe(report: Report): Observation[] {
  const connections = new Map(report.connections.map((connection) => [connection.id, connection]));
  const headSeenIds = new Set(
    report.requests.filter((request) => headSeen(request.visibility)).map((request) => request.id),
  );
  const fromRequests = report.requests.map((request) =>
    requestTarget(request, connections.get(request.connectionId)),
  );
  // A connection none of whose requests' heads were seen is judged on its own (as applyPolicy does).
  const fromConnections = report.connections
    .filter((connection) => !connection.requestIds.some((id) => headSeenIds.has(id)))
    .map(connectionTarget);
  return [...fromRequests, ...fromConnections].map((target) => ({
    host: target.host === undefined ? undefined : normalizeHost(target.host),
    ip: target.ip === undefined ? undefined : normalizeHost(target.ip),
    port: target.port,
    head:
      target.method !== undefined && target.path !== undefined
        ? { method: target.method.toUpperCase(), path: normalizePath(target.path) }
        : undefined,
    exe: target.exe,
    target,
  }));
}

function allows(policy: Policy, observation: Observation): boolean {
  return judgeTarget(policy, observation.target).verdict === 'allowed';
}

// Presets compiled once per folder: suggest weighs every one of them against every observation.
const presetsByDir = new Map<string, { name: string; policy: Policy }[]>();

function shippedPresets(presetsDir: string | undefined): { name: string; policy: Policy }[] {
  const key = presetsDir ?? '';
  const cached = presetsByDir.get(key);
  if (cached !== undefined) return cached;
  const presets = PRESET_NAMES.flatMap((name) => {
    const { policy } = loadPresets([name], { env: {}, presetsDir });
    return policy === undefined ? [] : [{ name, policy }];
  });
  presetsByDir.set(key, presets);
  return presets;
}

/** A preset is used when it allows something the run did and denies nothing it did. */
function choosePresets(observations: readonly Observation[], presetsDir: string | undefined) {
  return shippedPresets(presetsDir).filter(({ policy }) => {
    const verdicts = new Set(
      observations.map((observation) => judgeTarget(policy, observation.target).verdict),
    );
    return verdicts.has('allowed') && !verdicts.has('denied');
  });
}

// ---- rules ------------------------------------------------------------------------------------------

interface SuggestedRule {
  rule: RuleDocument;
  /** How much traffic the rule covers and from which programs, written above it. */
  note: string;
}

interface Group {
  /** The host glob or IP the rule names. */
  host?: string;
  ip?: string;
  port?: number;
  observations: Observation[];
}

/** Rules for what the presets left, and how many observations no rule can name. */
function buildRules(observations: readonly Observation[]): { rules: SuggestedRule[]; uncovered: number } {
  const groups = new Map<string, Group>();
  let uncovered = 0;
  for (const observation of observations) {
    const port = STANDARD_PORTS.has(observation.port) ? undefined : observation.port;
    const host =
      observation.host !== undefined && hostExpressible(observation.host) ? observation.host : undefined;
    const ip = host === undefined ? observation.ip : undefined;
    // Without a host or IP only a rule on the port alone could allow it, which is far too broad.
    if (host === undefined && (ip === undefined || !compileCidr(ip).ok)) {
      uncovered++;
      continue;
    }
    const key = `${host ?? ''}|${ip ?? ''}|${port ?? ''}`;
    const group = groups.get(key) ?? { host, ip, port, observations: [] };
    group.observations.push(observation);
    groups.set(key, group);
  }
  return { rules: foldSiblings([...groups.values()]).map(ruleFor), uncovered };
}

/** A literal host the host glob syntax can say exactly. */
function hostExpressible(host: string): boolean {
  return !host.includes('*') && compileHostGlob(host).ok;
}

/** Fold `a.x.com`, `b.x.com`, `c.x.com` (same port) into `*.x.com` unless x.com is shared hosting. */
function foldSiblings(groups: Group[]): Group[] {
  const byParent = new Map<string, Group[]>();
  const kept: Group[] = [];
  for (const group of groups) {
    const labels = group.host?.split('.') ?? [];
    const parent = labels.slice(1).join('.');
    if (
      group.host === undefined ||
      labels.length < 3 ||
      isIpAddress(group.host) ||
      SHARED_PARENTS.has(parent)
    ) {
      kept.push(group);
      continue;
    }
    const key = `${parent}|${group.port ?? ''}`;
    byParent.set(key, [...(byParent.get(key) ?? []), group]);
  }
  for (const siblings of byParent.values()) {
    const first = siblings[0];
    if (first === undefined || siblings.length < MIN_SIBLINGS_TO_FOLD) {
      kept.push(...siblings);
      continue;
    }
    const parent = first.host?.split('.').slice(1).join('.');
    kept.push({
      host: `*.${parent}`,
      port: first.port,
      observations: siblings.flatMap((s) => s.observations),
    });
  }
  // Host rules first, then IP rules; each by name, then port.
  const order = (group: Group) => `${group.host === undefined ? 1 : 0} ${group.host ?? group.ip}`;
  return kept.sort((a, b) => order(a).localeCompare(order(b)) || (a.port ?? 0) - (b.port ?? 0));
}

/** `paths` (and `methods`) when every request's head was seen and they fall under a few prefixes. */
function pathsFor(observations: readonly Observation[]): { paths: string[]; methods?: string[] } | undefined {
  const heads = observations.flatMap((observation) =>
    observation.head === undefined ? [] : [observation.head],
  );
  if (heads.length !== observations.length) return undefined;
  const globs = [...new Set(heads.map(({ path }) => pathGlob(path)))].sort();
  if (globs.length > MAX_PATH_GLOBS) return undefined;
  const matchers = globs.map(compilePathGlob);
  if (
    !matchers.every((m) => m.ok) ||
    !heads.every(({ path }) => matchers.some((m) => m.ok && m.value(path)))
  ) {
    return undefined;
  }
  const methods = [...new Set(heads.map(({ method }) => method))].sort();
  const known = methods.every((method) => (HTTP_METHODS as readonly string[]).includes(method));
  return known ? { methods, paths: globs } : { paths: globs };
}

/** `/v1/x/y` → `/v1/**`; a path of one segment (`/`, `/health`) stays exact. */
function pathGlob(path: string): string {
  const [, first, ...rest] = path.split('/');
  return rest.length === 0 ? path : `/${first}/**`;
}

function ruleFor(group: Group): SuggestedRule {
  const paths = group.host === undefined ? undefined : pathsFor(group.observations);
  const rule: RuleDocument = {
    ...(group.host !== undefined ? { host: group.host } : { ip: group.ip }),
    ...(group.port !== undefined ? { port: group.port } : {}),
    ...(paths?.methods !== undefined ? { methods: paths.methods as RuleDocument['methods'] } : {}),
    ...(paths !== undefined ? { paths: paths.paths } : {}),
  };
  const programs = [...new Set(group.observations.map(({ exe }) => basename(exe)))].sort().slice(0, 3);
  const count = group.observations.length;
  return { rule, note: `from ${programs.join(', ')} (${count})` };
}
