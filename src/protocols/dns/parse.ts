// DNS message decoding (via dns-packet) that turns every malformed datagram into `invalid`.

import dnsPacket from 'dns-packet';
import type { ParseResult } from '../common/types.js';
import type { DnsAnswer, DnsMessage } from './types.js';

export function parseDnsMessage(datagram: Buffer): ParseResult<DnsMessage> {
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = dnsPacket.decode(datagram);
  } catch (error) {
    return { kind: 'invalid', reason: `malformed DNS message: ${(error as Error).message}` };
  }
  return {
    kind: 'frame',
    frame: {
      id: packet.id ?? 0,
      isResponse: packet.flag_qr,
      rcode: String((packet as { rcode?: unknown }).rcode ?? 'NOERROR'),
      questions: (packet.questions ?? []).map((question) => ({ name: question.name, type: question.type })),
      answers: (packet.answers ?? []).map(toAnswer),
    },
    consumed: datagram.length,
  };
}

function toAnswer(answer: dnsPacket.Answer): DnsAnswer {
  return { name: answer.name, type: answer.type, data: 'data' in answer ? renderData(answer) : '' };
}

function renderData(answer: dnsPacket.Answer): string {
  switch (answer.type) {
    case 'MX':
      return `${answer.data.preference ?? 0} ${answer.data.exchange}`;
    case 'SRV':
      return `${answer.data.priority ?? 0} ${answer.data.weight ?? 0} ${answer.data.port} ${answer.data.target}`;
    case 'SOA': {
      const soa = answer.data;
      return [soa.mname, soa.rname, soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum].join(' ');
    }
    case 'TXT': {
      const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
      return parts.map((part) => (Buffer.isBuffer(part) ? part.toString('utf8') : part)).join(' ');
    }
    case 'OPT':
      return '';
    default:
      return renderValue(answer.data);
  }
}

/** Strings as they are, bytes as hex, structures as JSON with bytes as hex. */
function renderValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('hex');
  return JSON.stringify(value, (_key, nested: unknown) =>
    isSerializedBuffer(nested) ? Buffer.from(nested.data).toString('hex') : nested,
  );
}

function isSerializedBuffer(value: unknown): value is { type: 'Buffer'; data: number[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((value as { data?: unknown }).data)
  );
}
