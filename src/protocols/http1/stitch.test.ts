import { describe, expect, it } from 'vitest';
import { HEADER_BLOCK_LIMIT } from './parse.js';
import { Http1Connection } from './stitch.js';
import type { Http1Exchange } from './types.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

/** The exchanges' shapes without headers, for compact exact comparisons. */
function summary(exchanges: Http1Exchange[]): unknown[] {
  return exchanges.map(({ request, response, interim }) => ({
    request: `${request.method} ${request.target} h${request.headerBytes} b${request.bodyBytes} ${request.complete}`,
    response:
      response && `${response.status} h${response.headerBytes} b${response.bodyBytes} ${response.complete}`,
    interim: interim.map((message) => message.status),
  }));
}

describe('Http1Connection', () => {
  it('pairs keep-alive exchanges with exact messages and timestamps', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'), 100);
    connection.pushResponse(bytes('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel'), 200);
    expect(connection.drain()).toEqual([]);
    connection.pushResponse(bytes('lo'), 250);
    connection.pushRequest(bytes('POST /b HTTP/1.0\r\nContent-Length: 2\r\n\r\n'), 300);
    connection.pushRequest(bytes('ok'), 310);
    connection.pushResponse(bytes('HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n'), 400);
    expect(connection.drain()).toEqual([
      {
        request: {
          method: 'GET',
          target: '/a',
          version: '1.1',
          headers: [['Host', 'x']],
          headerBytes: 28,
          bodyBytes: 0,
          startTs: 100,
          endTs: 100,
          complete: true,
        },
        response: {
          status: 200,
          reason: 'OK',
          version: '1.1',
          headers: [['Content-Length', '5']],
          headerBytes: 38,
          bodyBytes: 5,
          startTs: 200,
          endTs: 250,
          complete: true,
        },
        interim: [],
      },
      {
        request: {
          method: 'POST',
          target: '/b',
          version: '1.0',
          headers: [['Content-Length', '2']],
          headerBytes: 39,
          bodyBytes: 2,
          startTs: 300,
          endTs: 310,
          complete: true,
        },
        response: {
          status: 201,
          reason: 'Created',
          version: '1.1',
          headers: [['Content-Length', '0']],
          headerBytes: 43,
          bodyBytes: 0,
          startTs: 400,
          endTs: 400,
          complete: true,
        },
        interim: [],
      },
    ]);
    expect(connection.drain()).toEqual([]);
    expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 0, gapsBridged: 0, gapsLost: 0 });
  });

  it('pairs pipelined responses in order, even when responses are pushed first', () => {
    const connection = new Http1Connection();
    connection.pushResponse(
      bytes('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 404 Nope\r\nContent-Length: 2\r\n\r\nbb'),
      2,
    );
    expect(connection.bufferedBytes).toBe(81);
    connection.pushRequest(bytes('GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\nGET /3 HTTP/1.1\r\n\r\n'), 1);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /1 h19 b0 true', response: '200 h38 b1 true', interim: [] },
      { request: 'GET /2 h19 b0 true', response: '404 h40 b2 true', interim: [] },
    ]);
    connection.close(3);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /3 h19 b0 true', response: undefined, interim: [] },
    ]);
  });

  it('counts chunked bodies with extensions and trailers', () => {
    const connection = new Http1Connection();
    connection.pushRequest(
      bytes('POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nabcd\r\n0\r\n\r\n'),
      1,
    );
    connection.pushResponse(
      bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nDigest: x\r\n\r\n'),
      2,
    );
    expect(summary(connection.drain())).toEqual([
      // 4;ext=1\r\n (9) abcd\r\n (6) 0\r\n (3) \r\n (2); 2\r\n (3) ok\r\n (4) 0\r\n (3) Digest: x\r\n\r\n (13)
      { request: 'POST /c h48 b20 true', response: '200 h47 b23 true', interim: [] },
    ]);
  });

  it('ends a close-delimited response at close, complete', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET / HTTP/1.0\r\n\r\n'), 1);
    connection.pushResponse(bytes('HTTP/1.0 200 OK\r\n\r\nsome'), 2);
    connection.pushResponse(bytes(' body'), 3);
    connection.responseGap(1000, 4);
    expect(connection.drain()).toEqual([]);
    connection.close(9);
    const [exchange] = connection.drain();
    expect(exchange?.response).toMatchObject({ bodyBytes: 1009, endTs: 4, complete: true });
    expect(connection.stats.gapsBridged).toBe(1);
  });

  it('reads no body after HEAD, 204 and 304, whatever the headers say', () => {
    const connection = new Http1Connection();
    connection.pushRequest(
      bytes('HEAD /h HTTP/1.1\r\n\r\nGET /n HTTP/1.1\r\n\r\nGET /m HTTP/1.1\r\n\r\n'),
      1,
    );
    connection.pushResponse(
      bytes(
        'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n' +
          'HTTP/1.1 204 No Content\r\n\r\n' +
          'HTTP/1.1 304 Not Modified\r\nContent-Length: 7\r\n\r\n',
      ),
      2,
    );
    expect(summary(connection.drain())).toEqual([
      { request: 'HEAD /h h20 b0 true', response: '200 h40 b0 true', interim: [] },
      { request: 'GET /n h19 b0 true', response: '204 h27 b0 true', interim: [] },
      { request: 'GET /m h19 b0 true', response: '304 h48 b0 true', interim: [] },
    ]);
  });

  it('keeps 1xx responses as interim ones', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('PUT /u HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'), 1);
    connection.pushResponse(bytes('HTTP/1.1 100 Continue\r\n\r\n'), 2);
    connection.pushRequest(bytes('abc'), 3);
    connection.pushResponse(
      bytes('HTTP/1.1 103 Early Hints\r\nLink: </s>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'),
      4,
    );
    const [exchange] = connection.drain();
    expect(exchange?.interim.map((response) => [response.status, response.reason, response.startTs])).toEqual(
      [
        [100, 'Continue', 2],
        [103, 'Early Hints', 4],
      ],
    );
    expect(exchange?.response?.status).toBe(200);
    expect(exchange?.request).toMatchObject({ bodyBytes: 3, endTs: 3, complete: true });
  });

  it('stops parsing after CONNECT 200 and ignores the tunnel bytes', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'), 1);
    connection.pushRequest(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5]), 2);
    expect(connection.tunneled).toBe(false);
    connection.pushResponse(bytes('HTTP/1.1 200 Connection Established\r\n\r\n'), 3);
    connection.pushResponse(Buffer.from([0x16, 0x03, 0x03, 0, 1, 0]), 4);
    connection.requestGap(70000, 5);
    expect(connection.tunneled).toBe(true);
    expect(summary(connection.drain())).toEqual([
      { request: 'CONNECT example.com:443 h59 b0 true', response: '200 h39 b0 true', interim: [] },
    ]);
    expect(connection.bufferedBytes).toBe(0);
    expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 0, gapsBridged: 0, gapsLost: 0 });
  });

  it('goes on after a refused CONNECT', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('CONNECT a:443 HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n\r\n'), 1);
    connection.pushResponse(
      bytes(
        'HTTP/1.1 407 Proxy Auth\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
      ),
      2,
    );
    expect(connection.tunneled).toBe(false);
    expect(summary(connection.drain())).toEqual([
      { request: 'CONNECT a:443 h26 b0 true', response: '407 h46 b0 true', interim: [] },
      { request: 'GET /next h22 b0 true', response: '200 h38 b0 true', interim: [] },
    ]);
  });

  it('marks the connection tunneled after 101 Switching Protocols', () => {
    const connection = new Http1Connection();
    connection.pushRequest(
      bytes('GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x85abc'),
      1,
    );
    connection.pushResponse(
      bytes('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x02hi'),
      2,
    );
    expect(connection.tunneled).toBe(true);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /ws h61 b0 true', response: '101 h56 b0 true', interim: [] },
    ]);
    expect(connection.stats.invalidBytes).toBe(0);
  });

  it('skips an obs-folded request and resyncs at the next request line', () => {
    const connection = new Http1Connection();
    const folded = 'GET /bad HTTP/1.1\r\nX: a\r\n b\r\n\r\n';
    connection.pushRequest(bytes(folded + 'GET /good HTTP/1.1\r\n\r\n'), 1);
    connection.pushResponse(bytes('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'), 2);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /good h22 b0 true', response: '200 h38 b0 true', interim: [] },
    ]);
    expect(connection.stats).toEqual({
      invalidBytes: folded.length,
      resyncs: 1,
      gapsBridged: 0,
      gapsLost: 0,
    });
  });

  it('drops garbage before a request and counts it', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('\x00\x01garbage\nmore junk\r\nGE'), 1);
    expect(connection.bufferedBytes).toBe(2);
    connection.pushRequest(bytes('T / HTTP/1.1\r\n\r\n'), 2);
    connection.close(3);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET / h18 b0 true', response: undefined, interim: [] },
    ]);
    expect(connection.drain()).toEqual([]);
    expect(connection.stats).toEqual({ invalidBytes: 21, resyncs: 1, gapsBridged: 0, gapsLost: 0 });
  });

  it('treats a header section over 64 KiB as invalid and keeps memory bounded', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET /huge HTTP/1.1\r\n'), 1);
    const line = bytes(`X-Filler: ${'f'.repeat(1000)}\r\n`);
    for (let index = 0; index < 100; index++) {
      connection.pushRequest(line, 2);
      expect(connection.bufferedBytes).toBeLessThanOrEqual(HEADER_BLOCK_LIMIT);
    }
    connection.pushRequest(bytes('\r\nGET /after HTTP/1.1\r\n\r\n'), 3);
    connection.close(4);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /after h23 b0 true', response: undefined, interim: [] },
    ]);
    expect(connection.stats.resyncs).toBe(1);
    expect(connection.stats.invalidBytes).toBe(20 + 100 * line.length + 2);
  });

  it('bridges a gap inside a content-length body', () => {
    const connection = new Http1Connection();
    connection.pushRequest(
      bytes('POST /up HTTP/1.1\r\nContent-Length: 100000\r\n\r\n' + 'x'.repeat(65000)),
      1,
    );
    connection.requestGap(35000, 2);
    connection.pushRequest(bytes('GET /next HTTP/1.1\r\n\r\n'), 3);
    connection.close(4);
    expect(summary(connection.drain())).toEqual([
      { request: 'POST /up h45 b100000 true', response: undefined, interim: [] },
      { request: 'GET /next h22 b0 true', response: undefined, interim: [] },
    ]);
    expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 0, gapsBridged: 1, gapsLost: 0 });
  });

  it('bridges a gap in the middle of a body, then reads the rest', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET / HTTP/1.1\r\n\r\n'), 1);
    connection.pushResponse(bytes('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n' + 'x'.repeat(10)), 2);
    connection.responseGap(50, 3);
    expect(connection.drain()).toEqual([]);
    connection.pushResponse(bytes('y'.repeat(40) + 'HTTP/1.1 204 No Content\r\n\r\n'), 4);
    connection.pushRequest(bytes('GET /2 HTTP/1.1\r\n\r\n'), 5);
    const exchanges = connection.drain();
    expect(summary(exchanges)).toEqual([
      { request: 'GET / h18 b0 true', response: '200 h40 b100 true', interim: [] },
      { request: 'GET /2 h19 b0 true', response: '204 h27 b0 true', interim: [] },
    ]);
    expect(exchanges[0]?.response?.endTs).toBe(4);
    expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 0, gapsBridged: 1, gapsLost: 0 });
  });

  it('finds the next request right after a gap that ran past the end of a body', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('POST /up HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345'), 1);
    connection.requestGap(40, 2);
    connection.pushRequest(bytes('GET /next HTTP/1.1\r\n\r\n'), 3);
    connection.close(4);
    const exchanges = connection.drain();
    expect(summary(exchanges)).toEqual([
      { request: 'POST /up h41 b10 true', response: undefined, interim: [] },
      { request: 'GET /next h22 b0 true', response: undefined, interim: [] },
    ]);
    expect(exchanges[0]?.request.endTs).toBe(2);
    expect(connection.stats).toEqual({ invalidBytes: 0, resyncs: 1, gapsBridged: 0, gapsLost: 1 });
  });

  it('bridges a gap inside chunk data but not one that hides a chunk size', () => {
    const inside = new Http1Connection();
    inside.pushRequest(bytes('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\nabc'), 1);
    inside.requestGap(0x1000 - 3, 2);
    inside.pushRequest(bytes('\r\n0\r\n\r\n'), 3);
    inside.close(4);
    expect(summary(inside.drain())).toEqual([
      { request: 'POST / h47 b4109 true', response: undefined, interim: [] },
    ]);
    expect(inside.stats.gapsBridged).toBe(1);

    const across = new Http1Connection();
    across.pushRequest(bytes('POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc'), 1);
    across.requestGap(100, 2);
    across.pushRequest(bytes('more chunk bytes\r\n0\r\n\r\nGET /next HTTP/1.1\r\n\r\n'), 3);
    across.close(4);
    expect(summary(across.drain())).toEqual([
      { request: 'POST / h47 b20 false', response: undefined, interim: [] },
      { request: 'GET /next h22 b0 true', response: undefined, interim: [] },
    ]);
    expect(across.stats).toEqual({ invalidBytes: 23, resyncs: 1, gapsBridged: 0, gapsLost: 1 });
  });

  it('marks a message cut by bad chunk framing incomplete and resumes at the next message', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET / HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n'), 1);
    connection.pushResponse(
      bytes(
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nXYZ\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
      ),
      2,
    );
    expect(summary(connection.drain())).toEqual([
      { request: 'GET / h18 b0 true', response: '200 h47 b8 false', interim: [] },
      { request: 'GET /2 h19 b0 true', response: '200 h38 b0 true', interim: [] },
    ]);
    expect(connection.stats).toEqual({ invalidBytes: 5, resyncs: 1, gapsBridged: 0, gapsLost: 0 });
  });

  it('cuts short a body still expected at close', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET / HTTP/1.1\r\n\r\n'), 1);
    connection.pushResponse(bytes('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'), 2);
    connection.close(4);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET / h18 b0 true', response: '200 h39 b3 false', interim: [] },
    ]);
    connection.pushRequest(bytes('GET / HTTP/1.1\r\n\r\n'), 5);
    expect(connection.drain()).toEqual([]);
  });

  it('loses a message whose head falls in a gap and resyncs after it', () => {
    const connection = new Http1Connection();
    connection.pushRequest(bytes('GET /a HTTP/1.1\r\nX: '), 1);
    connection.requestGap(100000, 2);
    connection.pushRequest(bytes('tail of something\r\n\r\nGET /b HTTP/1.1\r\n\r\n'), 3);
    connection.close(4);
    expect(summary(connection.drain())).toEqual([
      { request: 'GET /b h19 b0 true', response: undefined, interim: [] },
    ]);
    expect(connection.stats).toEqual({ invalidBytes: 20 + 21, resyncs: 1, gapsBridged: 0, gapsLost: 1 });
  });
});
