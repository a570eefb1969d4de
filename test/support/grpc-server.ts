import http2 from 'node:http2';
import { makeCert } from './certs.js';
import { listenOnLoopback } from './loopback.js';

export interface GrpcCall {
  /** `/package.Service/Method` */
  path: string;
  contentType: string;
  /** The grpc-status the server sent in its trailers. */
  status: number;
}

export interface TestGrpcServer {
  port: number;
  caPath: string;
  log: GrpcCall[];
  close(): Promise<void>;
}

/** gRPC's NOT_FOUND: the answer to any method whose name starts with `Missing`. */
export const GRPC_NOT_FOUND = 5;

/**
 * A unary gRPC server over TLS on 127.0.0.1, with no protobuf: it answers every call with the
 * request's message bytes echoed back in one length-prefixed frame, then `grpc-status` in trailers.
 */
export async function startGrpcServer(): Promise<TestGrpcServer> {
  const cert = await makeCert(['localhost']);
  const log: GrpcCall[] = [];
  const server = http2.createSecureServer({ key: cert.key, cert: cert.cert });
  server.on('stream', (stream, headers) => {
    const path = String(headers[':path']);
    const status = /\/Missing[^/]*$/.test(path) ? GRPC_NOT_FOUND : 0;
    const body: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => body.push(chunk));
    stream.on('end', () => {
      log.push({ path, contentType: String(headers['content-type']), status });
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.on('wantTrailers', () =>
        stream.sendTrailers(
          status === 0
            ? { 'grpc-status': '0' }
            : { 'grpc-status': String(status), 'grpc-message': 'no such method' },
        ),
      );
      // The request's frame is already length-prefixed: echo it whole.
      stream.end(status === 0 ? Buffer.concat(body) : undefined);
    });
  });
  const listening = await listenOnLoopback(server, '127.0.0.1');
  return { port: listening.port, caPath: cert.caPath, log, close: listening.close };
}
