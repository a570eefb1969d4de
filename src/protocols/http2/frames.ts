// HTTP/2 frame layout (RFC 9113 section 4 and 6).

export const FRAME_HEADER_SIZE = 9;
export const CLIENT_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
/** SETTINGS_MAX_FRAME_SIZE default: peers only exceed it when told they may. */
export const DEFAULT_MAX_FRAME_SIZE = 16_384;

export const FrameType = {
  DATA: 0,
  HEADERS: 1,
  PRIORITY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PUSH_PROMISE: 5,
  PING: 6,
  GOAWAY: 7,
  WINDOW_UPDATE: 8,
  CONTINUATION: 9,
} as const;

export const FrameFlag = {
  END_STREAM: 0x1,
  ACK: 0x1,
  END_HEADERS: 0x4,
  PADDED: 0x8,
  PRIORITY: 0x20,
} as const;

export const SettingId = {
  HEADER_TABLE_SIZE: 0x1,
} as const;

/** Flags each known type defines; anything else set is legal but never sent by real peers. */
const DEFINED_FLAGS: Readonly<Record<number, number>> = {
  [FrameType.DATA]: FrameFlag.END_STREAM | FrameFlag.PADDED,
  [FrameType.HEADERS]: FrameFlag.END_STREAM | FrameFlag.END_HEADERS | FrameFlag.PADDED | FrameFlag.PRIORITY,
  [FrameType.PRIORITY]: 0,
  [FrameType.RST_STREAM]: 0,
  [FrameType.SETTINGS]: FrameFlag.ACK,
  [FrameType.PUSH_PROMISE]: FrameFlag.END_HEADERS | FrameFlag.PADDED,
  [FrameType.PING]: FrameFlag.ACK,
  [FrameType.GOAWAY]: 0,
  [FrameType.WINDOW_UPDATE]: 0,
  [FrameType.CONTINUATION]: FrameFlag.END_HEADERS,
};

export interface FrameHeader {
  length: number;
  type: number;
  flags: number;
  streamId: number;
  /** The reserved bit before the stream id. */
  reserved: boolean;
}

export function readFrameHeader(bytes: Uint8Array, offset = 0): FrameHeader {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + offset, FRAME_HEADER_SIZE);
  const streamWord = view.readUInt32BE(5);
  return {
    length: view.readUIntBE(0, 3),
    type: view[3]!,
    flags: view[4]!,
    streamId: streamWord & 0x7fffffff,
    reserved: streamWord >>> 31 === 1,
  };
}

export function encodeFrame(
  type: number,
  flags: number,
  streamId: number,
  payload: Uint8Array = Buffer.alloc(0),
): Buffer {
  const header = Buffer.alloc(FRAME_HEADER_SIZE);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}

/**
 * What makes this header a connection error for a real peer (wrong stream 0-ness, wrong fixed length),
 * which a live connection never carries: seeing one means we lost frame sync or this is not HTTP/2.
 */
export function frameHeaderProblem(header: FrameHeader): string | undefined {
  const { type, length, streamId, flags } = header;
  switch (type) {
    case FrameType.DATA:
    case FrameType.HEADERS:
    case FrameType.PRIORITY:
    case FrameType.RST_STREAM:
    case FrameType.PUSH_PROMISE:
    case FrameType.CONTINUATION:
      if (streamId === 0) return `frame type ${type} on stream 0`;
      break;
    case FrameType.SETTINGS:
    case FrameType.PING:
    case FrameType.GOAWAY:
      if (streamId !== 0) return `frame type ${type} on stream ${streamId}`;
      break;
  }
  const fixedLength: Partial<Record<number, number>> = {
    [FrameType.PRIORITY]: 5,
    [FrameType.RST_STREAM]: 4,
    [FrameType.PING]: 8,
    [FrameType.WINDOW_UPDATE]: 4,
  };
  const expected = fixedLength[type];
  if (expected !== undefined && length !== expected) return `frame type ${type} of length ${length}`;
  if (type === FrameType.SETTINGS && (length % 6 !== 0 || (flags & FrameFlag.ACK && length !== 0))) {
    return `SETTINGS of length ${length}`;
  }
  if (type === FrameType.GOAWAY && length < 8) return `GOAWAY of length ${length}`;
  return undefined;
}

/** Stricter than the RFC: a known type, only its flags, reserved bit clear, default size bound. */
export function looksLikeRealFrame(header: FrameHeader): boolean {
  const defined = DEFINED_FLAGS[header.type];
  return (
    defined !== undefined &&
    (header.flags & ~defined) === 0 &&
    !header.reserved &&
    header.length <= DEFAULT_MAX_FRAME_SIZE &&
    frameHeaderProblem(header) === undefined
  );
}
