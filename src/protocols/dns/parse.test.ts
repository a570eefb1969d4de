import dgram from 'node:dgram';
import { once } from 'node:events';
import { Resolver } from 'node:dns/promises';
import dnsPacket from 'dns-packet';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDnsMessage } from './parse.js';

const fuzzRuns = process.env.FUZZ_RUNS === undefined ? 300 : Number(process.env.FUZZ_RUNS);

describe('parseDnsMessage', () => {
  it('reads a hand-assembled query for example.com A', () => {
    const query = Buffer.from(
      '1234' + '0100' + '0001' + '0000' + '0000' + '0000' + '076578616d706c6503636f6d00' + '0001' + '0001',
      'hex',
    );
    expect(parseDnsMessage(query)).toEqual({
      kind: 'frame',
      frame: {
        id: 0x1234,
        isResponse: false,
        rcode: 'NOERROR',
        questions: [{ name: 'example.com', type: 'A' }],
        answers: [],
      },
      consumed: query.length,
    });
  });

  it("reads the query node's resolver sends, and the response built for it", async () => {
    const server = dgram.createSocket('udp4');
    server.bind(0, '127.0.0.1');
    await once(server, 'listening');
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${server.address().port}`]);
    const answered = resolver.resolve6('Svc.Example.test');
    const [query, client] = (await once(server, 'message')) as [Buffer, dgram.RemoteInfo];
    const parsedQuery = parseDnsMessage(query);
    if (parsedQuery.kind !== 'frame') throw new Error(`query not parsed: ${parsedQuery.kind}`);
    const { id, isResponse, rcode, questions, answers } = parsedQuery.frame;
    expect([isResponse, rcode, answers]).toEqual([false, 'NOERROR', []]);
    // Resolvers may change the name's case (lower-casing, or 0x20 randomisation); the response must echo it.
    const name = questions[0]?.name ?? '';
    expect(questions.map((question) => [question.name.toLowerCase(), question.type])).toEqual([
      ['svc.example.test', 'AAAA'],
    ]);
    const response = dnsPacket.encode({
      type: 'response',
      id,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: [{ name, type: 'AAAA' }],
      answers: [{ name, type: 'AAAA', ttl: 5, data: '::1' }],
    });
    server.send(response, client.port, client.address);
    expect(await answered).toEqual(['::1']);
    server.close();
    expect(parseDnsMessage(response)).toEqual({
      kind: 'frame',
      frame: {
        id,
        isResponse: true,
        rcode: 'NOERROR',
        questions: [{ name, type: 'AAAA' }],
        answers: [{ name, type: 'AAAA', data: '::1' }],
      },
      consumed: response.length,
    });
  });

  it('renders answers of common types', () => {
    const response = dnsPacket.encode({
      type: 'response',
      id: 7,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: [{ name: 'www.example.com', type: 'A' }],
      answers: [
        { name: 'www.example.com', type: 'CNAME', ttl: 60, data: 'edge.example.net' },
        { name: 'edge.example.net', type: 'A', ttl: 60, data: '93.184.216.34' },
        { name: 'edge.example.net', type: 'AAAA', ttl: 60, data: '2606:2800:220:1::248' },
        { name: 'example.com', type: 'MX', ttl: 60, data: { preference: 10, exchange: 'mail.example.com' } },
        { name: 'example.com', type: 'TXT', ttl: 60, data: ['v=spf1 -all', 'second'] },
        {
          name: '_x._tcp.example.com',
          type: 'SRV',
          ttl: 60,
          data: { priority: 1, weight: 2, port: 443, target: 't.example.com' },
        },
        { name: 'example.com', type: 'NULL', ttl: 60, data: Buffer.from([0xca, 0xfe]) },
        { name: 'example.com', type: 'CAA', ttl: 60, data: { flags: 0, tag: 'issue', value: 'ca.example' } },
      ],
    });
    const parsed = parseDnsMessage(response);
    expect(parsed.kind === 'frame' && parsed.frame.answers).toEqual([
      { name: 'www.example.com', type: 'CNAME', data: 'edge.example.net' },
      { name: 'edge.example.net', type: 'A', data: '93.184.216.34' },
      { name: 'edge.example.net', type: 'AAAA', data: '2606:2800:220:1::248' },
      { name: 'example.com', type: 'MX', data: '10 mail.example.com' },
      { name: 'example.com', type: 'TXT', data: 'v=spf1 -all second' },
      { name: '_x._tcp.example.com', type: 'SRV', data: '1 2 443 t.example.com' },
      { name: 'example.com', type: 'NULL', data: 'cafe' },
      {
        name: 'example.com',
        type: 'CAA',
        data: '{"flags":0,"tag":"issue","value":"ca.example","issuerCritical":false}',
      },
    ]);
    expect(parsed).toMatchObject({ kind: 'frame', frame: { id: 7, isResponse: true, rcode: 'NOERROR' } });
  });

  it('names an unknown record type by number and shows its data as hex', () => {
    const response = Buffer.concat([
      Buffer.from('00098180000100010000000003777777000041000103777777000041000100000e10000401020304', 'hex'),
    ]);
    expect(parseDnsMessage(response)).toEqual({
      kind: 'frame',
      frame: {
        id: 9,
        isResponse: true,
        rcode: 'NOERROR',
        questions: [{ name: 'www', type: 'UNKNOWN_65' }],
        answers: [{ name: 'www', type: 'UNKNOWN_65', data: '01020304' }],
      },
      consumed: response.length,
    });
  });

  it('reports the response code', () => {
    const nxdomain = dnsPacket.encode({
      type: 'response',
      id: 3,
      flags: 3,
      questions: [{ name: 'nope.test', type: 'AAAA' }],
    });
    expect(parseDnsMessage(nxdomain)).toMatchObject({
      kind: 'frame',
      frame: { rcode: 'NXDOMAIN', answers: [] },
    });
  });

  it('turns truncated and random datagrams into invalid, never an exception', () => {
    const query = dnsPacket.encode({ type: 'query', id: 1, questions: [{ name: 'example.com', type: 'A' }] });
    expect(parseDnsMessage(query.subarray(0, 20)).kind).toBe('invalid');
    expect(parseDnsMessage(Buffer.alloc(0)).kind).toBe('invalid');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const result = parseDnsMessage(Buffer.from(bytes));
        expect(['frame', 'invalid']).toContain(result.kind);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
