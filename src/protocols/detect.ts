// Which protocol a client speaks, from the first bytes it sends on a connection.

import { KNOWN_METHODS } from './http1/parse.js';

export type DetectedProtocol = 'http1' | 'http2' | 'tls' | 'unknown' | 'needMore';

const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
const HTTP1_STARTS = KNOWN_METHODS.map((method) => Buffer.from(`${method} `));
/** Record type handshake, then the major version byte 3 shared by SSL 3.0 to TLS 1.3. */
const TLS_RECORD_START = Buffer.from([0x16, 0x03]);
const TLS_MAX_MINOR = 0x04;

export function detectProtocol(firstBytes: Buffer): DetectedProtocol {
  let couldStillMatch = false;
  const startsWith = (expected: Buffer): boolean => {
    const compared = Math.min(firstBytes.length, expected.length);
    if (firstBytes.compare(expected, 0, compared, 0, compared) !== 0) return false;
    if (compared === expected.length) return true;
    couldStillMatch = true;
    return false;
  };
  if (startsWith(HTTP2_PREFACE)) return 'http2';
  if (HTTP1_STARTS.some(startsWith)) return 'http1';
  if (startsWith(TLS_RECORD_START)) {
    const minor = firstBytes[TLS_RECORD_START.length];
    if (minor === undefined) return 'needMore';
    if (minor <= TLS_MAX_MINOR) return 'tls';
  }
  return couldStillMatch ? 'needMore' : 'unknown';
}
