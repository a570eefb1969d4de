import { describe, expect, it } from 'vitest';
import {
  HEADER_BLOCK_LIMIT,
  headerListValues,
  leadingBlankLineBytes,
  parseChunkHeader,
  parseLineEnd,
  parseRequestHead,
  parseResponseHead,
  parseTrailerSection,
} from './parse.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('parseRequestHead', () => {
  it('reads a request head with headers in order, values trimmed', () => {
    const head =
      'POST /upload?x=1 HTTP/1.1\r\nHost: example.com\r\nX-Two:  a b \t\r\nContent-Length: 5\r\n\r\n';
    expect(parseRequestHead(bytes(head + 'hello'))).toEqual({
      kind: 'frame',
      frame: {
        method: 'POST',
        target: '/upload?x=1',
        version: '1.1',
        headers: [
          ['Host', 'example.com'],
          ['X-Two', 'a b'],
          ['Content-Length', '5'],
        ],
        headerBytes: head.length,
        framing: { kind: 'length', length: 5 },
      },
      consumed: head.length,
    });
  });

  it('accepts bare LF line endings', () => {
    const result = parseRequestHead(bytes('GET / HTTP/1.0\nHost: a\n\n'));
    expect(result).toMatchObject({
      kind: 'frame',
      consumed: 24,
      frame: { version: '1.0', headers: [['Host', 'a']] },
    });
  });

  it('asks for more at every prefix of a valid head', () => {
    const head = 'GET /a HTTP/1.1\r\nHost: a\r\n\r\n';
    for (let length = 0; length < head.length; length++) {
      expect(parseRequestHead(bytes(head.slice(0, length)))).toEqual({ kind: 'needMore' });
    }
  });

  it('frames chunked and transfer-encoded requests', () => {
    const chunked = parseRequestHead(
      bytes('PUT / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\nContent-Length: 3\r\n\r\n'),
    );
    expect(chunked).toMatchObject({ kind: 'frame', frame: { framing: { kind: 'chunked' } } });
    expect(parseRequestHead(bytes('PUT / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'request transfer-encoding does not end in chunked',
    });
    expect(parseRequestHead(bytes('GET / HTTP/1.1\r\n\r\n'))).toMatchObject({
      frame: { framing: { kind: 'length', length: 0 } },
    });
  });

  it('accepts repeated equal content-lengths and rejects conflicting or malformed ones', () => {
    expect(
      parseRequestHead(bytes('POST / HTTP/1.1\r\nContent-Length: 7, 7\r\nContent-Length: 7\r\n\r\n')),
    ).toMatchObject({
      frame: { framing: { kind: 'length', length: 7 } },
    });
    expect(
      parseRequestHead(bytes('POST / HTTP/1.1\r\nContent-Length: 7\r\nContent-Length: 8\r\n\r\n')),
    ).toEqual({
      kind: 'invalid',
      reason: 'conflicting content-length values',
    });
    expect(parseRequestHead(bytes('POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'bad content-length',
    });
  });

  it('rejects obs-fold, missing colons, spaces before the colon and NUL in values', () => {
    expect(parseRequestHead(bytes('GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'obsolete line folding',
    });
    expect(parseRequestHead(bytes('GET / HTTP/1.1\r\nnocolon\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'header line without colon',
    });
    expect(parseRequestHead(bytes('GET / HTTP/1.1\r\nHost : a\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'header name is not a token',
    });
    expect(parseRequestHead(bytes('GET / HTTP/1.1\r\nA: b\0c\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'NUL or CR in header value',
    });
  });

  it('rejects bad request lines as soon as the bytes rule them out', () => {
    expect(parseRequestHead(bytes('\x16\x03\x01'))).toEqual({
      kind: 'invalid',
      reason: 'method is not a token',
    });
    expect(parseRequestHead(bytes('G'.repeat(33)))).toEqual({ kind: 'invalid', reason: 'method too long' });
    expect(parseRequestHead(bytes('GET /  HTTP/1.1\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'request line is not "method target version"',
    });
    expect(parseRequestHead(bytes('GET / HTTP/2.0\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'not HTTP/1.0 or HTTP/1.1',
    });
  });

  it('caps the header section at 64 KiB', () => {
    const prefix = 'GET / HTTP/1.1\r\nX: ';
    const almost = bytes(prefix + 'a'.repeat(HEADER_BLOCK_LIMIT - prefix.length - 1));
    expect(parseRequestHead(almost)).toEqual({ kind: 'needMore' });
    const full = bytes(prefix + 'a'.repeat(HEADER_BLOCK_LIMIT - prefix.length));
    expect(parseRequestHead(full)).toEqual({ kind: 'invalid', reason: 'header section too large' });
    const fits = prefix + 'a'.repeat(HEADER_BLOCK_LIMIT - prefix.length - 4) + '\r\n\r\n';
    expect(parseRequestHead(bytes(fits))).toMatchObject({ kind: 'frame', consumed: HEADER_BLOCK_LIMIT });
    expect(parseRequestHead(bytes(fits.replace('X: a', 'X: aa')))).toEqual({
      kind: 'invalid',
      reason: 'header section too large',
    });
  });
});

describe('parseResponseHead', () => {
  it('reads status, reason and framing', () => {
    const head = 'HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\n';
    expect(parseResponseHead(bytes(head))).toEqual({
      kind: 'frame',
      frame: {
        status: 404,
        reason: 'Not Found',
        version: '1.1',
        headers: [['Content-Length', '9']],
        headerBytes: head.length,
        framing: { kind: 'length', length: 9 },
      },
      consumed: head.length,
    });
  });

  it('accepts a missing reason and reads until close without length or chunking', () => {
    expect(parseResponseHead(bytes('HTTP/1.0 200\r\n\r\n'))).toMatchObject({
      frame: { status: 200, reason: '', version: '1.0', framing: { kind: 'untilClose' } },
    });
    expect(parseResponseHead(bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n'))).toMatchObject({
      frame: { framing: { kind: 'untilClose' } },
    });
  });

  it('rejects what is not a status line', () => {
    expect(parseResponseHead(bytes('HTTX'))).toEqual({
      kind: 'invalid',
      reason: 'not an HTTP/1 status line',
    });
    expect(parseResponseHead(bytes('HTTP/1.1 20 OK\r\n\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'bad status line',
    });
    expect(parseResponseHead(bytes('HTTP/1.'))).toEqual({ kind: 'needMore' });
  });
});

describe('chunk framing', () => {
  it('reads chunk sizes with extensions and bare LF', () => {
    expect(parseChunkHeader(bytes('1a;name=value\r\nrest'))).toEqual({
      kind: 'frame',
      frame: 26,
      consumed: 15,
    });
    expect(parseChunkHeader(bytes('0\n'))).toEqual({ kind: 'frame', frame: 0, consumed: 2 });
    expect(parseChunkHeader(bytes('00000000000000000010 \r\n'))).toEqual({
      kind: 'frame',
      frame: 16,
      consumed: 23,
    });
    expect(parseChunkHeader(bytes('1a'))).toEqual({ kind: 'needMore' });
  });

  it('rejects bad, huge and endless chunk-size lines', () => {
    expect(parseChunkHeader(bytes('zz\r\n'))).toEqual({ kind: 'invalid', reason: 'bad chunk-size line' });
    expect(parseChunkHeader(bytes('fffffffffffffff\r\n'))).toEqual({
      kind: 'invalid',
      reason: 'chunk size too large',
    });
    expect(parseChunkHeader(bytes('1;' + 'x'.repeat(5000)))).toEqual({
      kind: 'invalid',
      reason: 'chunk-size line too long',
    });
  });

  it('reads the line end after chunk data', () => {
    expect(parseLineEnd(bytes('\r\n'))).toEqual({ kind: 'frame', frame: null, consumed: 2 });
    expect(parseLineEnd(bytes('\n'))).toEqual({ kind: 'frame', frame: null, consumed: 1 });
    expect(parseLineEnd(bytes('\r'))).toEqual({ kind: 'needMore' });
    expect(parseLineEnd(bytes('x'))).toEqual({ kind: 'invalid', reason: 'chunk data not followed by CRLF' });
  });

  it('reads empty and non-empty trailer sections', () => {
    expect(parseTrailerSection(bytes('\r\nGET'))).toEqual({ kind: 'frame', frame: null, consumed: 2 });
    expect(parseTrailerSection(bytes('Digest: x\r\nOther: y\r\n\r\n'))).toEqual({
      kind: 'frame',
      frame: null,
      consumed: 23,
    });
    expect(parseTrailerSection(bytes('Digest: x\r\n'))).toEqual({ kind: 'needMore' });
  });
});

describe('helpers', () => {
  it('counts leading blank lines', () => {
    expect(leadingBlankLineBytes(bytes('\r\n\n\r\nGET'))).toBe(5);
    expect(leadingBlankLineBytes(bytes('\r\n\r'))).toBe(2);
    expect(leadingBlankLineBytes(bytes('GET'))).toBe(0);
  });

  it('splits list headers case-insensitively', () => {
    expect(
      headerListValues(
        [
          ['Connection', 'keep-alive, Upgrade'],
          ['connection', ' close ,'],
        ],
        'CONNECTION',
      ),
    ).toEqual(['keep-alive', 'Upgrade', 'close']);
  });
});
