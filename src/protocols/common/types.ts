// The contract every protocol parser keeps (after Pixie's ParseFrame/ParseState).

/** Outcome of one parse step over the front of a buffer. */
export type ParseResult<F> =
  /** A whole frame was read; `consumed` bytes can be dropped. */
  | { kind: 'frame'; frame: F; consumed: number }
  /** The buffer holds a prefix of a frame; call again with more bytes. Nothing consumed. */
  | { kind: 'needMore' }
  /** Bytes at the front are not this protocol; the loop resyncs with `findBoundary`. */
  | { kind: 'invalid'; reason: string }
  /** `consumed` bytes were valid but carry nothing to record (e.g. an h2 PING). */
  | { kind: 'ignored'; consumed: number };

export type Direction = 'request' | 'response';
