import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  nsswitchWithDns,
  runWithResolver,
  startDnsServer,
  TEST_DOMAIN,
  type TestDnsServer,
} from './dns-server.js';
import { runCommand } from './run.js';

const API_NAME = `api.${TEST_DOMAIN}`;
const MULTI_NAME = `multi.${TEST_DOMAIN}`;
const RECORDS = { [API_NAME]: '127.0.0.2', [MULTI_NAME]: ['127.0.0.3', '127.0.0.4'] };

describe('through the system resolver (port 53 and runWithResolver)', () => {
  let server: TestDnsServer;
  beforeAll(async () => {
    server = await startDnsServer(RECORDS);
  });
  afterAll(() => server.close());

  it('needs the test domain to be absent from /etc/hosts', () => {
    expect(readFileSync('/etc/hosts', 'utf8')).not.toContain(TEST_DOMAIN);
  });

  it('makes glibc getent resolve a test name through our server', async () => {
    server.log.length = 0;
    const result = await runCommand(runWithResolver('127.0.0.1', ['getent', 'hosts', API_NAME]));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^127\\.0\\.0\\.2\\s+${API_NAME.replaceAll('.', '\\.')}\\n$`));
    expect(server.log.map((entry) => [entry.name, entry.type])).toContainEqual([API_NAME, 'A']);
  });

  it('returns every address of a multi-address name', async () => {
    const result = await runCommand(runWithResolver('127.0.0.1', ['getent', 'ahostsv4', MULTI_NAME]));
    const addresses = new Set(result.stdout.split('\n').map((line) => line.split(/\s+/)[0]));
    addresses.delete('');
    expect([...addresses].sort()).toEqual(['127.0.0.3', '127.0.0.4']);
  });

  it('fails an unknown name', async () => {
    const result = await runCommand(runWithResolver('127.0.0.1', ['getent', 'hosts', `nope.${TEST_DOMAIN}`]));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('resolves for python and node clients too', async () => {
    const python = await runCommand(
      runWithResolver('127.0.0.1', [
        'python3',
        '-c',
        `import socket; print(socket.gethostbyname('${API_NAME}'))`,
      ]),
    );
    expect(python.stdout).toBe('127.0.0.2\n');
    const node = await runCommand(
      runWithResolver('127.0.0.1', [
        process.execPath,
        '-e',
        `require('dns').lookup('${API_NAME}', { family: 4 }, (e, a) => console.log(e ? e.code : a))`,
      ]),
    );
    expect(node.stdout).toBe('127.0.0.2\n');
  });

  it('leaves the real /etc/resolv.conf alone', async () => {
    const before = readFileSync('/etc/resolv.conf', 'utf8');
    await runCommand(runWithResolver('127.0.0.1', ['true']));
    expect(readFileSync('/etc/resolv.conf', 'utf8')).toBe(before);
    expect(before).not.toBe('nameserver 127.0.0.1\noptions timeout:2 attempts:1\n');
  });
});

describe('answers on the wire', () => {
  let server: TestDnsServer;
  beforeAll(async () => {
    server = await startDnsServer(RECORDS, { port: 0 });
  });
  afterAll(() => server.close());

  async function ask(name: string, type: 'A' | 'AAAA'): Promise<dnsPacket.DecodedPacket> {
    const socket = dgram.createSocket('udp4');
    try {
      const reply = new Promise<Buffer>((resolve) => socket.once('message', resolve));
      const query = dnsPacket.encode({
        type: 'query',
        id: 4242,
        flags: dnsPacket.RECURSION_DESIRED,
        questions: [{ type, name }],
      });
      socket.send(query, server.port, '127.0.0.1');
      return dnsPacket.decode(await reply);
    } finally {
      socket.close();
    }
  }

  it('answers A with the configured address', async () => {
    const reply = await ask(API_NAME.toUpperCase(), 'A');
    expect(reply.id).toBe(4242);
    expect((reply.flags ?? 0) & 0xf).toBe(0);
    expect(reply.flag_rd).toBe(true);
    expect(reply.answers).toEqual([
      { type: 'A', name: API_NAME.toUpperCase(), ttl: 5, class: 'IN', flush: false, data: '127.0.0.2' },
    ]);
  });

  it('answers AAAA of a known name with no records and no error', async () => {
    const reply = await ask(API_NAME, 'AAAA');
    expect((reply.flags ?? 0) & 0xf).toBe(0);
    expect(reply.answers).toEqual([]);
  });

  it('answers an unknown name with NXDOMAIN', async () => {
    const reply = await ask(`other.${TEST_DOMAIN}`, 'A');
    expect((reply.flags ?? 0) & 0xf).toBe(3);
    expect(reply.answers).toEqual([]);
  });

  it('logs every question with its type', () => {
    expect(server.log.map(({ name, type }) => [name, type])).toEqual([
      [API_NAME, 'A'],
      [API_NAME, 'AAAA'],
      [`other.${TEST_DOMAIN}`, 'A'],
    ]);
  });
});

describe('nsswitchWithDns', () => {
  it('keeps a hosts line that reaches dns', () => {
    expect(nsswitchWithDns('passwd: files\nhosts:          files dns\n')).toBeUndefined();
    expect(nsswitchWithDns('hosts: files myhostname dns # comment\n')).toBeUndefined();
  });

  it('replaces a hosts line without dns or that may stop before it', () => {
    expect(nsswitchWithDns('passwd: files\nhosts: files\n')).toBe('passwd: files\nhosts: files dns\n');
    expect(nsswitchWithDns('hosts: files mdns4_minimal [NOTFOUND=return] dns\n')).toBe('hosts: files dns\n');
    expect(nsswitchWithDns('passwd: files')).toBe('passwd: files\nhosts: files dns');
  });
});
