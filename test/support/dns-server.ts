import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import dnsPacket, { type Answer, type Question } from 'dns-packet';

/** A name under a reserved-for-private-use TLD: no real resolver answers it, so only our server can. */
export const TEST_DOMAIN = 'egress-test.internal';

export interface DnsLogEntry {
  /** Lower-case, without the trailing dot. */
  name: string;
  /** Query type as dns-packet names it: 'A', 'AAAA', ... */
  type: string;
  time: number;
}

export interface TestDnsServer {
  port: number;
  log: DnsLogEntry[];
  close(): Promise<void>;
}

const RCODE_NXDOMAIN = 3;
const TTL_SECONDS = 5;

/**
 * A UDP DNS server on 127.0.0.1 (port 53 unless told) answering A queries for `records` (name → IPv4 or list
 * of them). Known names get an empty NOERROR answer for any other type (e.g. AAAA); unknown names NXDOMAIN.
 */
export async function startDnsServer(
  records: Record<string, string | string[]>,
  options: { port?: number } = {},
): Promise<TestDnsServer> {
  const addresses = new Map<string, string[]>();
  for (const [name, ips] of Object.entries(records)) {
    const list = typeof ips === 'string' ? [ips] : ips;
    for (const ip of list) if (!isIPv4(ip)) throw new Error(`not an IPv4 address for ${name}: ${ip}`);
    addresses.set(normalizeName(name), list);
  }

  const log: DnsLogEntry[] = [];
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, remote) => {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return; // Not DNS: a resolver would drop it too.
    }
    const questions = query.questions ?? [];
    for (const question of questions) {
      log.push({ name: normalizeName(question.name), type: question.type, time: Date.now() });
    }
    const reply = answer(questions, addresses, query.flag_rd);
    reply.id = query.id ?? 0;
    socket.send(dnsPacket.encode(reply), remote.port, remote.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port ?? 53, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return {
    port: socket.address().port,
    log,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function answer(
  questions: Question[],
  addresses: ReadonlyMap<string, string[]>,
  recursionDesired: boolean,
): dnsPacket.Packet {
  const answers: Answer[] = [];
  let unknownName = false;
  for (const question of questions) {
    const known = addresses.get(normalizeName(question.name));
    if (known === undefined) {
      unknownName = true;
    } else if (question.type === 'A') {
      for (const ip of known) answers.push({ type: 'A', name: question.name, ttl: TTL_SECONDS, data: ip });
    }
  }
  let flags = dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE;
  if (recursionDesired) flags |= dnsPacket.RECURSION_DESIRED;
  if (unknownName) flags |= RCODE_NXDOMAIN;
  return { type: 'response', flags, questions, answers };
}

let resolverDir: string | undefined;

/**
 * Wraps `cmd` so it runs in a private mount namespace whose /etc/resolv.conf names only `dnsServerAddr`
 * (which must then listen on port 53: resolv.conf has no port), so glibc, Go and every other stub resolver
 * ask our server. /etc/nsswitch.conf is replaced too when its hosts line would never reach DNS.
 * Names must not be in /etc/hosts, which is consulted first.
 */
export function runWithResolver(dnsServerAddr: string, cmd: readonly string[]): string[] {
  if (!isIPv4(dnsServerAddr)) throw new Error(`resolver address must be IPv4: ${dnsServerAddr}`);
  if (resolverDir === undefined) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'egress-lens-resolver-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    resolverDir = dir;
  }
  const resolvConf = path.join(resolverDir, `resolv-${dnsServerAddr}.conf`);
  // One quick attempt: a test that fails to resolve should fail fast, not retry for 15 seconds.
  writeFileSync(resolvConf, `nameserver ${dnsServerAddr}\noptions timeout:2 attempts:1\n`);

  const binds = [resolvConf, '/etc/resolv.conf'];
  const fixedNsswitch = nsswitchWithDns(readFileSync('/etc/nsswitch.conf', 'utf8'));
  if (fixedNsswitch !== undefined) {
    const nsswitch = path.join(resolverDir, 'nsswitch.conf');
    writeFileSync(nsswitch, fixedNsswitch);
    binds.push(nsswitch, '/etc/nsswitch.conf');
  }
  const mounts = [];
  for (let index = 0; index < binds.length; index += 2) {
    mounts.push(`mount --bind "$${index + 1}" "$${index + 2}"`);
  }
  // Paths travel as positional arguments, so no quoting of them inside the script is needed.
  const script = `${mounts.join(' && ')} && shift ${binds.length} && exec "$@"`;
  return ['unshare', '--mount', '--', 'sh', '-c', script, 'sh', ...binds, ...cmd];
}

/**
 * undefined when the `hosts:` line already reaches `dns` for a name /etc/hosts lacks; otherwise the same file
 * with that line replaced by `hosts: files dns`.
 */
export function nsswitchWithDns(nsswitchConf: string): string | undefined {
  const lines = nsswitchConf.split('\n');
  const hostsIndex = lines.findIndex((line) => /^\s*hosts\s*:/.test(line));
  const sources = lines[hostsIndex]?.replace(/#.*/, '').split(':')[1]?.trim().split(/\s+/) ?? [];
  for (const source of sources) {
    if (source === 'dns') return undefined;
    // An action such as [NOTFOUND=return] may end the lookup before dns: don't rely on it.
    if (source.startsWith('[')) break;
  }
  if (hostsIndex === -1) lines.push('hosts: files dns');
  else lines[hostsIndex] = 'hosts: files dns';
  return lines.join('\n');
}
