import type { Server } from 'node:net';
import type { Socket } from 'node:net';

export type LoopbackHost = '127.0.0.1' | '::1';

export interface ListeningServer {
  port: number;
  /** Drops every open connection (keep-alive ones included) and stops listening. */
  close(): Promise<void>;
}

/** Listens on an ephemeral port of a loopback address and remembers connections so close() never hangs. */
export async function listenOnLoopback(server: Server, host: LoopbackHost): Promise<ListeningServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** `scheme://host:port` with IPv6 hosts bracketed. */
export function originOf(scheme: 'http' | 'https', host: LoopbackHost, port: number): string {
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
