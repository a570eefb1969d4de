import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import http2, { type Http2ServerRequest } from 'node:http2';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeCert } from './certs.js';
import { listenOnLoopback, originOf, type LoopbackHost } from './loopback.js';

/** One request as the server saw it: the ground truth a tracer's record is compared with. */
export interface ServerLogEntry {
  method: string;
  /** Request target as received, query string included. */
  path: string;
  /** '1.0', '1.1' or '2.0'. */
  httpVersion: string;
  /** As node parsed them: lower-case names; HTTP/2 pseudo-headers (':authority', ...) included. */
  headers: IncomingHttpHeaders;
  /** Request body bytes received (after transfer decoding, before any content decoding). */
  bodyBytes: number;
  /** Status sent; 0 when the client went away before the server answered. */
  status: number;
  /** The client's port, to match the request with the tracer's connection. */
  remotePort: number;
  /** Date.now() when the request head arrived. */
  time: number;
}

/** One TLS handshake the server completed. */
export interface TlsSessionEntry {
  /** SNI the client sent, or null without SNI (e.g. when it connected by IP). */
  servername: string | null;
  /** Protocol agreed by ALPN ('h2', 'http/1.1'), or null when none was. */
  alpnProtocol: string | null;
  remotePort: number;
  time: number;
}

export interface HttpServerOptions {
  /** HTTPS with HTTP/1.1 only. */
  tls?: boolean;
  /** HTTPS offering h2 and http/1.1 by ALPN; implies tls. */
  h2?: boolean;
  /** DNS names for the certificate besides 127.0.0.1 and ::1. */
  names?: string[];
  host?: LoopbackHost;
}

export interface TestServer {
  port: number;
  /** e.g. https://127.0.0.1:40123 */
  origin: string;
  url(path: string): string;
  /** CA file that verifies this server's certificate; undefined for plain HTTP. */
  caPath: string | undefined;
  /** Entries are added before the response head is sent, so a client that got an answer is already logged. */
  log: ServerLogEntry[];
  tlsSessions: TlsSessionEntry[];
  close(): Promise<void>;
}

/** Largest body /bytes and /chunked will make: bigger asks are a test bug, answered with 400. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_DELAY_MS = 60_000;
/** Node's 5 s default could close an idle connection between two steps of a slow test client. */
const KEEP_ALIVE_MS = 60_000;
const CHUNK_BYTES = 16 * 1024;
const PATTERN = Buffer.from('abcdefghijklmnopqrstuvwxyz0123456789');

/** The body /bytes/N and /chunked/N send: a fixed repeating pattern, so a capture can be checked byte by byte. */
export function bodyPattern(length: number): Buffer {
  const body = Buffer.alloc(length);
  for (let offset = 0; offset < length; offset += PATTERN.length) PATTERN.copy(body, offset);
  return body;
}

type AnyRequest = IncomingMessage | Http2ServerRequest;
/** The part of the HTTP/1 and HTTP/2 compatibility response APIs both share and we use. */
interface AnyResponse {
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  write(chunk: Buffer): unknown;
  end(): unknown;
  end(body: Buffer | string): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/**
 * Routes (on the path without its query): `/status/NNN` answers NNN (200-599), `/bytes/N` sends N bytes with a
 * Content-Length, `/chunked/N` sends N bytes in pieces without one (chunked encoding on HTTP/1.1),
 * `/slow/MS` answers after MS milliseconds, `/echo-len` answers with the request body's length in bytes.
 * Anything else answers 200 "ok\n". Every request body is drained and counted before the answer.
 */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<TestServer> {
  const log: ServerLogEntry[] = [];
  const tlsSessions: TlsSessionEntry[] = [];
  const host = options.host ?? '127.0.0.1';
  const useTls = options.tls === true || options.h2 === true;
  const onRequest = (req: AnyRequest, res: AnyResponse): void => handleRequest(req, res, log);

  let server: http.Server | https.Server | http2.Http2SecureServer;
  let caPath: string | undefined;
  if (useTls) {
    const cert = await makeCert(options.names ?? ['localhost']);
    caPath = cert.caPath;
    if (options.h2 === true) {
      server = http2.createSecureServer({ key: cert.key, cert: cert.cert, allowHTTP1: true }, onRequest);
    } else {
      server = https.createServer({ key: cert.key, cert: cert.cert, ALPNProtocols: ['http/1.1'] }, onRequest);
      server.keepAliveTimeout = KEEP_ALIVE_MS;
    }
    server.on('secureConnection', (socket: TLSSocket) => {
      tlsSessions.push({
        servername: socket.servername || null,
        alpnProtocol: socket.alpnProtocol || null,
        remotePort: socket.remotePort ?? 0,
        time: Date.now(),
      });
    });
  } else {
    server = http.createServer(onRequest);
    server.keepAliveTimeout = KEEP_ALIVE_MS;
  }

  const listening = await listenOnLoopback(server, host);
  const origin = originOf(useTls ? 'https' : 'http', host, listening.port);
  return {
    port: listening.port,
    origin,
    url: (path) => `${origin}${path}`,
    caPath,
    log,
    tlsSessions,
    close: listening.close,
  };
}

function handleRequest(req: AnyRequest, res: AnyResponse, log: ServerLogEntry[]): void {
  const { entry, logWithStatus } = trackRequest(req, res, log);
  req.on('end', () => {
    void respond(entry, res, logWithStatus);
  });
}

export interface TrackedRequest {
  /** Filled in as the request arrives; bodyBytes grows while its body streams in. */
  entry: ServerLogEntry;
  /** Adds the entry to the log with this status, once; false when it already was (the client left early). */
  logWithStatus(status: number): boolean;
}

/** Starts the log entry of a request, counts its body, and logs it with status 0 if the client leaves unanswered. */
export function trackRequest(
  req: AnyRequest,
  res: { on(event: 'close', listener: () => void): unknown },
  log: ServerLogEntry[],
): TrackedRequest {
  const entry: ServerLogEntry = {
    method: req.method ?? '',
    path: req.url ?? '',
    httpVersion: req.httpVersion,
    headers: req.headers,
    bodyBytes: 0,
    status: 0,
    remotePort: req.socket.remotePort ?? 0,
    time: Date.now(),
  };
  let logged = false;
  const logWithStatus = (status: number): boolean => {
    if (logged) return false;
    logged = true;
    entry.status = status;
    log.push(entry);
    return true;
  };
  res.on('close', () => logWithStatus(0));
  req.on('data', (chunk: Buffer) => {
    entry.bodyBytes += chunk.length;
  });
  return { entry, logWithStatus };
}

async function respond(
  entry: ServerLogEntry,
  res: AnyResponse,
  logWithStatus: (status: number) => boolean,
): Promise<void> {
  const send = (
    status: number,
    body: Buffer | string,
    headers: Record<string, string | number> = {},
  ): void => {
    if (!logWithStatus(status)) return;
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    if (status === 204 || status === 304) res.end();
    else res.end(body);
  };
  const pathname = new URL(entry.path, 'http://path.invalid').pathname;
  const match = /^\/(status|bytes|chunked|slow)\/(\d+)$/.exec(pathname);
  const route = match?.[1] ?? pathname;
  const value = Number(match?.[2]);

  switch (route) {
    case 'status':
      if (value < 200 || value > 599) return send(400, 'status must be 200-599\n');
      return send(value, `status ${value}\n`);
    case 'bytes':
      if (value > MAX_BODY_BYTES) return send(400, 'too many bytes\n');
      return send(200, bodyPattern(value), { 'content-length': value });
    case 'chunked': {
      if (value > MAX_BODY_BYTES) return send(400, 'too many bytes\n');
      if (!logWithStatus(200)) return;
      // No Content-Length and several writes: node frames an HTTP/1.1 body with chunked encoding.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const body = bodyPattern(value);
      for (let offset = 0; offset < value; offset += CHUNK_BYTES) {
        res.write(body.subarray(offset, offset + CHUNK_BYTES));
      }
      res.end();
      return;
    }
    case 'slow':
      if (value > MAX_DELAY_MS) return send(400, 'delay too long\n');
      await sleep(value);
      return send(200, 'ok\n');
    case '/echo-len':
      return send(200, String(entry.bodyBytes));
    default:
      return send(200, 'ok\n');
  }
}
