// Pairs the requests and responses of one HTTP/1 connection, in order (pipelining included).

import { MessageDecoder, type Framing, type MessageStart } from './decoder.js';
import {
  headerListValues,
  parseRequestHead,
  parseResponseHead,
  REQUEST_START_PREFIXES,
  RESPONSE_START_PREFIXES,
} from './parse.js';
import type {
  Http1Exchange,
  Http1Request,
  Http1Response,
  Http1Stats,
  RequestHead,
  ResponseHead,
} from './types.js';

interface PendingExchange {
  exchange: Http1Exchange;
  requestEnded: boolean;
  responseEnded: boolean;
  /** CONNECT or Upgrade: what follows the request may be another protocol, so wait for the answer. */
  mayTunnel: boolean;
}

export class Http1Connection {
  readonly stats: Http1Stats = { invalidBytes: 0, resyncs: 0, gapsBridged: 0, gapsLost: 0 };
  private isTunneled = false;
  private closed = false;
  /** Exchanges not yet drained, oldest first. */
  private readonly pending: PendingExchange[] = [];
  /** Index in `pending` of the first exchange without its final response head. */
  private answered = 0;
  /** Bumped whenever a message starts; what lets the other side go on. */
  private messagesStarted = 0;

  private readonly requests = new MessageDecoder<RequestHead>(
    parseRequestHead,
    REQUEST_START_PREFIXES,
    {
      ready: () => !this.awaitingTunnelAnswer(),
      begin: (head, startTs, endTs) => this.beginRequest(head, startTs, endTs),
    },
    this.stats,
  );

  private readonly responses = new MessageDecoder<ResponseHead>(
    parseResponseHead,
    RESPONSE_START_PREFIXES,
    {
      ready: () => this.answered < this.pending.length,
      begin: (head, startTs, endTs) => this.beginResponse(head, startTs, endTs),
    },
    this.stats,
  );

  /** After a CONNECT 2xx or a 101 Switching Protocols the bytes are opaque. */
  get tunneled(): boolean {
    return this.isTunneled;
  }

  /** Bytes held while waiting for the rest of a head or for the other side; bounded. */
  get bufferedBytes(): number {
    return this.requests.bufferedBytes + this.responses.bufferedBytes;
  }

  pushRequest(data: Buffer, ts: number): void {
    this.requests.push(data, ts);
    this.pump();
  }

  pushResponse(data: Buffer, ts: number): void {
    this.responses.push(data, ts);
    this.pump();
  }

  requestGap(bytes: number, ts: number): void {
    this.requests.gap(bytes, ts);
    this.pump();
  }

  responseGap(bytes: number, ts: number): void {
    this.responses.gap(bytes, ts);
    this.pump();
  }

  /**
   * Ends close-delimited bodies and lets requests that never got a response be drained. The close time is
   * not a byte of any message, so no endTs takes it.
   */
  close(_ts: number): void {
    this.requests.close();
    this.responses.close();
    this.closed = true;
  }

  /** Exchanges that are over, in order, removed from the connection. */
  drain(): Http1Exchange[] {
    let over = 0;
    while (over < this.pending.length && this.isOver(this.pending[over]!)) over++;
    const drained = this.pending.splice(0, over);
    this.answered = Math.max(0, this.answered - over);
    return drained.map((pending) => pending.exchange);
  }

  private isOver(pending: PendingExchange): boolean {
    return this.closed || (pending.requestEnded && pending.responseEnded);
  }

  /** Each side may unblock the other (a request lets its response be read, a refused CONNECT lets requests go on). */
  private pump(): void {
    let before: number;
    do {
      before = this.messagesStarted;
      this.requests.process();
      this.responses.process();
    } while (this.messagesStarted !== before);
  }

  private awaitingTunnelAnswer(): boolean {
    const last = this.pending[this.pending.length - 1];
    return last !== undefined && last.mayTunnel && last.exchange.response === undefined;
  }

  private beginRequest(head: RequestHead, startTs: number, headEndTs: number): MessageStart {
    this.messagesStarted++;
    const request: Http1Request = {
      method: head.method,
      target: head.target,
      version: head.version,
      headers: head.headers,
      headerBytes: head.headerBytes,
      bodyBytes: 0,
      startTs,
      endTs: headEndTs,
      complete: false,
    };
    const isConnect = head.method.toUpperCase() === 'CONNECT';
    const pending: PendingExchange = {
      exchange: { request, interim: [] },
      requestEnded: false,
      responseEnded: false,
      mayTunnel: isConnect || headerListValues(head.headers, 'upgrade').length > 0,
    };
    this.pending.push(pending);
    return {
      message: request,
      // A CONNECT request's bytes after the head belong to the tunnel.
      framing: isConnect ? { kind: 'length', length: 0 } : head.framing,
      onEnd: () => {
        pending.requestEnded = true;
      },
    };
  }

  private beginResponse(head: ResponseHead, startTs: number, headEndTs: number): MessageStart {
    this.messagesStarted++;
    const pending = this.pending[this.answered]!;
    const response: Http1Response = {
      status: head.status,
      reason: head.reason,
      version: head.version,
      headers: head.headers,
      headerBytes: head.headerBytes,
      bodyBytes: 0,
      startTs,
      endTs: headEndTs,
      complete: false,
    };
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      pending.exchange.interim.push(response);
      return { message: response, framing: { kind: 'length', length: 0 } };
    }
    pending.exchange.response = response;
    this.answered++;
    const framing = responseFraming(pending.exchange.request.method, head);
    if (framing.kind === 'tunnel') {
      this.isTunneled = true;
      this.requests.enterTunnel();
    }
    return {
      message: response,
      framing,
      onEnd: () => {
        pending.responseEnded = true;
      },
    };
  }
}

/** RFC 9112 section 6.3, rules 1 and 2: the request and status can override what the headers say. */
function responseFraming(method: string, head: ResponseHead): Framing {
  const upperMethod = method.toUpperCase();
  if (head.status === 101) return { kind: 'tunnel' };
  if (upperMethod === 'CONNECT' && head.status >= 200 && head.status < 300) return { kind: 'tunnel' };
  if (upperMethod === 'HEAD' || head.status === 204 || head.status === 304 || head.status < 200) {
    return { kind: 'length', length: 0 };
  }
  return head.framing;
}
