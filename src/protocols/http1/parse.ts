// Pure parsers for the pieces of an HTTP/1.x byte stream (RFC 9112), each over the front of a buffer.

import type { ParseResult } from '../common/types.js';
import type { BodyFraming, Http1Version, RequestHead, ResponseHead } from './types.js';

/** Larger header sections (or trailer sections) are treated as garbage. */
export const HEADER_BLOCK_LIMIT = 64 * 1024;
/** A chunk-size line with extensions is tiny; anything longer has lost the framing. */
export const CHUNK_LINE_LIMIT = 4096;

/** Methods we accept as the start of a request when looking for one in unknown bytes. */
export const KNOWN_METHODS: readonly string[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
];

export const REQUEST_START_PREFIXES: readonly Buffer[] = KNOWN_METHODS.map((method) =>
  Buffer.from(`${method} `),
);
export const RESPONSE_START_PREFIXES: readonly Buffer[] = [Buffer.from('HTTP/1.')];

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const HTAB = 0x09;
const LONGEST_METHOD = 32;
/** 13 hex digits stay below 2^53. */
const MAX_CHUNK_SIZE_DIGITS = 13;

type Fail = { kind: 'invalid'; reason: string };
const invalid = (reason: string): Fail => ({ kind: 'invalid', reason });

/**
 * `scannedWithoutEnd` is how many bytes an earlier call on the same (shorter) buffer already searched for the
 * end of the header section, so that a head arriving a byte at a time is not rescanned from the start.
 */
export function parseRequestHead(buf: Buffer, scannedWithoutEnd = 0): ParseResult<RequestHead> {
  const lines = splitHeadLines(buf, scannedWithoutEnd, requestLinePrefixProblem);
  if (lines.kind !== 'lines') return lines;
  const [startLine, ...fieldLines] = lines.lines;
  const parts = (startLine ?? '').split(' ');
  if (parts.length !== 3) return invalid('request line is not "method target version"');
  const [method = '', target = '', versionText = ''] = parts;
  if (!isToken(method)) return invalid('method is not a token');
  if (!isVisibleText(target)) return invalid('bad request target');
  const version = parseVersion(versionText);
  if (version === undefined) return invalid('not HTTP/1.0 or HTTP/1.1');
  const headers = parseFieldLines(fieldLines);
  if (typeof headers === 'string') return invalid(headers);
  const framing = requestFraming(headers);
  if (typeof framing === 'string') return invalid(framing);
  return {
    kind: 'frame',
    frame: { method, target, version, headers, headerBytes: lines.consumed, framing },
    consumed: lines.consumed,
  };
}

/** `scannedWithoutEnd` as for `parseRequestHead`. */
export function parseResponseHead(buf: Buffer, scannedWithoutEnd = 0): ParseResult<ResponseHead> {
  const lines = splitHeadLines(buf, scannedWithoutEnd, statusLinePrefixProblem);
  if (lines.kind !== 'lines') return lines;
  const [startLine = '', ...fieldLines] = lines.lines;
  const match = /^(HTTP\/1\.[01]) ([0-9]{3})(?: (.*))?$/.exec(startLine);
  if (match === null) return invalid('bad status line');
  const version = parseVersion(match[1] ?? '');
  if (version === undefined) return invalid('not HTTP/1.0 or HTTP/1.1');
  const headers = parseFieldLines(fieldLines);
  if (typeof headers === 'string') return invalid(headers);
  const framing = responseFraming(headers);
  if (typeof framing === 'string') return invalid(framing);
  return {
    kind: 'frame',
    frame: {
      status: Number(match[2]),
      reason: (match[3] ?? '').trim(),
      version,
      headers,
      headerBytes: lines.consumed,
      framing,
    },
    consumed: lines.consumed,
  };
}

/** A chunk-size line (`1a;ext=1\r\n`): the frame is the chunk size. */
export function parseChunkHeader(buf: Buffer): ParseResult<number> {
  const lf = buf.indexOf(LF);
  if (lf === -1) {
    return buf.length > CHUNK_LINE_LIMIT ? invalid('chunk-size line too long') : { kind: 'needMore' };
  }
  if (lf + 1 > CHUNK_LINE_LIMIT) return invalid('chunk-size line too long');
  const line = buf.toString('latin1', 0, lf).replace(/\r$/, '');
  const match = /^0*([0-9a-fA-F]+)[ \t]*(?:;.*)?$/.exec(line);
  if (match === null) return invalid('bad chunk-size line');
  const digits = match[1] ?? '';
  if (digits.length > MAX_CHUNK_SIZE_DIGITS) return invalid('chunk size too large');
  return { kind: 'frame', frame: parseInt(digits, 16), consumed: lf + 1 };
}

/** The CRLF (or bare LF) that ends a chunk's data. */
export function parseLineEnd(buf: Buffer): ParseResult<null> {
  if (buf.length === 0) return { kind: 'needMore' };
  if (buf[0] === LF) return { kind: 'frame', frame: null, consumed: 1 };
  if (buf[0] !== CR) return invalid('chunk data not followed by CRLF');
  if (buf.length === 1) return { kind: 'needMore' };
  return buf[1] === LF
    ? { kind: 'frame', frame: null, consumed: 2 }
    : invalid('chunk data not followed by CRLF');
}

/** The trailer section after the last chunk, ending with a blank line (often that line alone). */
export function parseTrailerSection(buf: Buffer): ParseResult<null> {
  const blank = blankLineLength(buf, 0);
  if (blank === 'needMore') return { kind: 'needMore' };
  const end = blank > 0 ? blank : findSectionEnd(buf, 0);
  if (end === -1)
    return buf.length >= HEADER_BLOCK_LIMIT ? invalid('trailer section too large') : { kind: 'needMore' };
  if (end > HEADER_BLOCK_LIMIT) return invalid('trailer section too large');
  return { kind: 'frame', frame: null, consumed: end };
}

/** Bytes of the blank lines (CRLF or bare LF) at the front; tolerated between messages. */
export function leadingBlankLineBytes(buf: Buffer): number {
  let offset = 0;
  for (;;) {
    const blank = blankLineLength(buf, offset);
    if (blank === 'needMore' || blank === 0) return offset;
    offset += blank;
  }
}

/** All values of a header, names compared case-insensitively, comma-separated lists split and trimmed. */
export function headerListValues(headers: ReadonlyArray<[string, string]>, name: string): string[] {
  const lowerName = name.toLowerCase();
  const values: string[] = [];
  for (const [headerName, value] of headers) {
    // Most names differ in length: no lower-casing for them (this runs on every message head).
    if (headerName.length !== lowerName.length || headerName.toLowerCase() !== lowerName) continue;
    for (const part of value.split(',')) {
      const trimmed = part.trim();
      if (trimmed.length > 0) values.push(trimmed);
    }
  }
  return values;
}

type HeadLines = { kind: 'lines'; lines: string[]; consumed: number } | { kind: 'needMore' } | Fail;

/** Cuts a header section into lines once it is complete, rejecting early what cannot become one. */
function splitHeadLines(
  buf: Buffer,
  scannedWithoutEnd: number,
  prefixProblem: (buf: Buffer) => string | undefined,
): HeadLines {
  const firstLf = buf.indexOf(LF);
  const problem = prefixProblem(firstLf === -1 ? buf : buf.subarray(0, firstLf));
  if (problem !== undefined) return invalid(problem);
  // An end marker (up to 3 bytes) may straddle the old end of the buffer.
  const end = firstLf === -1 ? -1 : findSectionEnd(buf, Math.max(0, scannedWithoutEnd - 2));
  if (end === -1) {
    return buf.length >= HEADER_BLOCK_LIMIT ? invalid('header section too large') : { kind: 'needMore' };
  }
  if (end > HEADER_BLOCK_LIMIT) return invalid('header section too large');
  const lines = buf.toString('latin1', 0, end).split('\n');
  // The section ends with its blank line: drop it (and the empty string after its LF).
  lines.length -= 2;
  return {
    kind: 'lines',
    lines: lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)),
    consumed: end,
  };
}

/**
 * Offset just past the first blank line (CRLF or bare LF) that follows a line ending at or after `from`, or -1
 * when there is none within the header section limit. The section's first line must not itself be blank.
 */
function findSectionEnd(buf: Buffer, from: number): number {
  const limit = Math.min(buf.length, HEADER_BLOCK_LIMIT);
  for (let index = from; index < limit; index++) {
    if (buf[index] !== LF) continue;
    const next = buf[index + 1];
    if (next === LF) return index + 2;
    if (next === CR && buf[index + 2] === LF) return index + 3;
  }
  return -1;
}

/** Length of the blank line at `offset` (2 for CRLF, 1 for LF), 0 if the line is not blank. */
function blankLineLength(buf: Buffer, offset: number): number | 'needMore' {
  if (offset >= buf.length) return 'needMore';
  if (buf[offset] === LF) return 1;
  if (buf[offset] !== CR) return 0;
  if (offset + 1 >= buf.length) return 'needMore';
  return buf[offset + 1] === LF ? 2 : 0;
}

function requestLinePrefixProblem(firstLine: Buffer): string | undefined {
  const methodEnd = firstLine.indexOf(SP);
  const method = methodEnd === -1 ? firstLine : firstLine.subarray(0, methodEnd);
  if (method.length > LONGEST_METHOD) return 'method too long';
  for (const byte of method) {
    if (!TOKEN_BYTES[byte]) return 'method is not a token';
  }
  return undefined;
}

function statusLinePrefixProblem(firstLine: Buffer): string | undefined {
  const expected = RESPONSE_START_PREFIXES[0]!;
  const compared = Math.min(firstLine.length, expected.length);
  return firstLine.compare(expected, 0, compared, 0, compared) === 0
    ? undefined
    : 'not an HTTP/1 status line';
}

function parseVersion(text: string): Http1Version | undefined {
  if (text === 'HTTP/1.1') return '1.1';
  if (text === 'HTTP/1.0') return '1.0';
  return undefined;
}

function parseFieldLines(lines: string[]): Array<[string, string]> | string {
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) return 'obsolete line folding';
    const colon = line.indexOf(':');
    if (colon === -1) return 'header line without colon';
    const name = line.slice(0, colon);
    if (!isToken(name)) return 'header name is not a token';
    const value = trimSpacesAndTabs(line, colon + 1);
    if (value.includes('\0') || value.includes('\r')) return 'NUL or CR in header value';
    headers.push([name, value]);
  }
  return headers;
}

/** `text` from `start` without the spaces and tabs around it (optional whitespace, RFC 9110 section 5.6.3). */
function trimSpacesAndTabs(text: string, start: number): string {
  let end = text.length;
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isSpaceOrTab(code: number): boolean {
  return code === SP || code === HTAB;
}

function requestFraming(headers: Array<[string, string]>): BodyFraming | string {
  const codings = headerListValues(headers, 'transfer-encoding');
  if (codings.length > 0) {
    // A request body must have a knowable end (RFC 9112 section 6.3, rule 4).
    return isChunkedLast(codings) ? { kind: 'chunked' } : 'request transfer-encoding does not end in chunked';
  }
  const length = contentLength(headers);
  if (typeof length === 'string') return length;
  return { kind: 'length', length: length ?? 0 };
}

function responseFraming(headers: Array<[string, string]>): BodyFraming | string {
  const codings = headerListValues(headers, 'transfer-encoding');
  if (codings.length > 0) return isChunkedLast(codings) ? { kind: 'chunked' } : { kind: 'untilClose' };
  const length = contentLength(headers);
  if (typeof length === 'string') return length;
  return length === undefined ? { kind: 'untilClose' } : { kind: 'length', length };
}

function isChunkedLast(codings: string[]): boolean {
  return codings[codings.length - 1]?.toLowerCase() === 'chunked';
}

/** The Content-Length, undefined when absent; repeated equal values are allowed (RFC 9110 section 8.6). */
function contentLength(headers: Array<[string, string]>): number | undefined | string {
  const values = headerListValues(headers, 'content-length');
  if (values.length === 0) return undefined;
  if (!values.every((value) => /^[0-9]{1,15}$/.test(value))) return 'bad content-length';
  const lengths = new Set(values.map(Number));
  if (lengths.size !== 1) return 'conflicting content-length values';
  return [...lengths][0];
}

// tchar (RFC 9110 section 5.6.2)
const TOKEN_BYTES: boolean[] = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte);
  return /[A-Za-z0-9!#$%&'*+\-.^_`|~]/.test(char) && byte < 0x80;
});

/** Non-empty, no spaces or control characters (a request target). */
function isVisibleText(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return false;
  }
  return true;
}

function isToken(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    if (!TOKEN_BYTES[text.charCodeAt(index)]) return false;
  }
  return true;
}
