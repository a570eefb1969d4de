// HTTP/1.x messages as the stream layer receives them.

export type Http1Version = '1.0' | '1.1';

export interface Http1Message {
  version: Http1Version;
  /** In order, names as sent, values trimmed. */
  headers: Array<[string, string]>;
  /** Start line and header section, blank line included. */
  headerBytes: number;
  /** Bytes after the header section up to the end of the message (chunk framing and trailers included). */
  bodyBytes: number;
  /** ns: the message's first byte. */
  startTs: number;
  /** ns: the message's last byte (a gap's time when the message ends inside a gap). */
  endTs: number;
  /** False when cut by close, by a gap in its framing, or by bytes that broke its framing. */
  complete: boolean;
}

export interface Http1Request extends Http1Message {
  method: string;
  target: string;
}

export interface Http1Response extends Http1Message {
  status: number;
  reason: string;
}

export interface Http1Exchange {
  request: Http1Request;
  response?: Http1Response;
  /** 1xx responses (other than 101) that came before the final one. */
  interim: Http1Response[];
}

export interface Http1Stats {
  /** Bytes dropped because they could not be parsed as HTTP/1 (gap bytes are not counted). */
  invalidBytes: number;
  /** Times a side lost its place and had to look for the next message start. */
  resyncs: number;
  /** Gaps that fell inside a body of known size: only the byte count was lost. */
  gapsBridged: number;
  /** Gaps that hid framing (headers, chunk sizes): parsing resumed at the next message start. */
  gapsLost: number;
}

/** How the body after a header section ends (RFC 9112 section 6). */
export type BodyFraming = { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'untilClose' };

interface HeadFields {
  version: Http1Version;
  headers: Array<[string, string]>;
  /** Bytes of the start line and header section, blank line included. */
  headerBytes: number;
  /** The framing the headers alone imply; for responses the request method and status may override it. */
  framing: BodyFraming;
}

export interface RequestHead extends HeadFields {
  method: string;
  target: string;
}

export interface ResponseHead extends HeadFields {
  status: number;
  reason: string;
}
