// ClientHello parsing over the raw client-to-server bytes at the start of a TLS connection (RFC 8446).

import type { ParseResult } from '../common/types.js';
import type { ClientHello } from './types.js';

const RECORD_HEADER_BYTES = 5;
const CONTENT_TYPE_HANDSHAKE = 0x16;
/** Plaintext records carry at most 2^14 bytes (RFC 8446 section 5.1). */
const MAX_RECORD_PAYLOAD = 1 << 14;
const HANDSHAKE_HEADER_BYTES = 4;
const HANDSHAKE_CLIENT_HELLO = 1;
/** Real hellos are a few KiB; a bound keeps a hostile length from making us buffer megabytes. */
const MAX_HELLO_BYTES = 1 << 16;

const EXTENSION_SERVER_NAME = 0;
const EXTENSION_ALPN = 16;
const EXTENSION_SUPPORTED_VERSIONS = 43;
const SERVER_NAME_HOST = 0;

type Invalid = { kind: 'invalid'; reason: string };
const invalid = (reason: string): Invalid => ({ kind: 'invalid', reason });

/** Reads the handshake record(s) holding the ClientHello; `consumed` covers every record it spans. */
export function parseClientHello(buf: Buffer): ParseResult<ClientHello> {
  const fragments: Buffer[] = [];
  let handshakeBytes = 0;
  let offset = 0;
  for (;;) {
    if (buf.length - offset < RECORD_HEADER_BYTES) {
      return recordHeaderPrefixProblem(buf.subarray(offset)) ?? { kind: 'needMore' };
    }
    const problem = recordHeaderProblem(buf, offset);
    if (problem !== undefined) return invalid(problem);
    const payloadLength = buf.readUInt16BE(offset + 3);
    const payloadStart = offset + RECORD_HEADER_BYTES;
    const available = buf.subarray(payloadStart, Math.min(buf.length, payloadStart + payloadLength));
    fragments.push(available);
    handshakeBytes += available.length;
    const handshake = fragments.length === 1 ? available : Buffer.concat(fragments, handshakeBytes);
    if (handshake.length >= 1 && handshake[0] !== HANDSHAKE_CLIENT_HELLO) return invalid('not a ClientHello');
    if (handshake.length >= HANDSHAKE_HEADER_BYTES) {
      const helloLength = handshake.readUIntBE(1, 3);
      if (helloLength > MAX_HELLO_BYTES) return invalid('ClientHello too large');
      if (handshake.length >= HANDSHAKE_HEADER_BYTES + helloLength) {
        const body = handshake.subarray(HANDSHAKE_HEADER_BYTES, HANDSHAKE_HEADER_BYTES + helloLength);
        const hello = parseHelloBody(body);
        if (typeof hello === 'string') return invalid(hello);
        // The hello may end before its record does; that record is still spent.
        return { kind: 'frame', frame: hello, consumed: Math.min(buf.length, payloadStart + payloadLength) };
      }
    }
    if (available.length < payloadLength) return { kind: 'needMore' };
    offset = payloadStart + payloadLength;
  }
}

function recordHeaderProblem(buf: Buffer, offset: number): string | undefined {
  if (buf[offset] !== CONTENT_TYPE_HANDSHAKE) return 'not a TLS handshake record';
  if (buf[offset + 1] !== 0x03 || (buf[offset + 2] ?? 0xff) > 0x04) return 'unknown TLS record version';
  const length = buf.readUInt16BE(offset + 3);
  if (length === 0 || length > MAX_RECORD_PAYLOAD) return 'bad TLS record length';
  return undefined;
}

/** Rejects a partial record header as soon as its bytes rule TLS out. */
function recordHeaderPrefixProblem(prefix: Buffer): Invalid | undefined {
  if (prefix.length >= 1 && prefix[0] !== CONTENT_TYPE_HANDSHAKE)
    return invalid('not a TLS handshake record');
  if (prefix.length >= 2 && prefix[1] !== 0x03) return invalid('unknown TLS record version');
  if (prefix.length >= 3 && (prefix[2] ?? 0xff) > 0x04) return invalid('unknown TLS record version');
  return undefined;
}

/** Bounds-checked big-endian reads; every read past the end marks the hello as malformed. */
class Reader {
  private offset = 0;
  malformed = false;

  constructor(private readonly bytes: Buffer) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  uint(width: 1 | 2 | 3): number {
    if (this.remaining < width) {
      this.malformed = true;
      this.offset = this.bytes.length;
      return 0;
    }
    const value = this.bytes.readUIntBE(this.offset, width);
    this.offset += width;
    return value;
  }

  take(length: number): Buffer {
    if (this.remaining < length) {
      this.malformed = true;
      this.offset = this.bytes.length;
      return Buffer.alloc(0);
    }
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  /** A vector with a `width`-byte length prefix, as a Reader of its own. */
  vector(width: 1 | 2 | 3): Reader {
    const vector = new Reader(this.take(this.uint(width)));
    vector.malformed = this.malformed;
    return vector;
  }
}

function parseHelloBody(body: Buffer): ClientHello | string {
  const reader = new Reader(body);
  const legacyVersion = reader.uint(2);
  reader.take(32); // random
  reader.vector(1); // legacy_session_id
  reader.vector(2); // cipher_suites
  reader.vector(1); // legacy_compression_methods
  if (reader.malformed) return 'truncated ClientHello';
  const hello: ClientHello = { legacyVersion, alpn: [], supportedVersions: [] };
  // Hellos before TLS 1.2 may stop here, without extensions.
  if (reader.remaining === 0) return hello;
  const extensions = reader.vector(2);
  if (reader.malformed || reader.remaining !== 0) return 'bad extensions length';
  while (extensions.remaining > 0) {
    const type = extensions.uint(2);
    const data = extensions.vector(2);
    if (data.malformed) return 'truncated extension';
    const problem = readExtension(type, data, hello);
    if (problem !== undefined) return problem;
  }
  return hello;
}

function readExtension(type: number, data: Reader, hello: ClientHello): string | undefined {
  switch (type) {
    case EXTENSION_SERVER_NAME: {
      const names = data.vector(2);
      while (names.remaining > 0) {
        const nameType = names.uint(1);
        const name = names.vector(2);
        const nameBytes = name.take(name.remaining);
        if (nameType === SERVER_NAME_HOST && hello.sni === undefined)
          hello.sni = nameBytes.toString('latin1');
      }
      return names.malformed || data.remaining !== 0 ? 'bad server_name extension' : undefined;
    }
    case EXTENSION_ALPN: {
      const protocols = data.vector(2);
      while (protocols.remaining > 0) {
        const protocol = protocols.vector(1);
        const name = protocol.take(protocol.remaining);
        if (!isGreaseAlpn(name)) hello.alpn.push(name.toString('latin1'));
      }
      return protocols.malformed || data.remaining !== 0 ? 'bad ALPN extension' : undefined;
    }
    case EXTENSION_SUPPORTED_VERSIONS: {
      const versions = data.vector(1);
      while (versions.remaining > 0) {
        const version = versions.uint(2);
        if (!isGrease(version)) hello.supportedVersions.push(version);
      }
      return versions.malformed || data.remaining !== 0 ? 'bad supported_versions extension' : undefined;
    }
    default:
      return undefined;
  }
}

/** GREASE values 0x0a0a, 0x1a1a, ... 0xfafa (RFC 8701). */
function isGrease(value: number): boolean {
  return (value & 0x0f0f) === 0x0a0a && value >> 12 === ((value >> 4) & 0x0f);
}

function isGreaseAlpn(name: Buffer): boolean {
  return name.length === 2 && isGrease(name.readUInt16BE(0));
}
