import { describe, expect, it } from 'vitest';
import { CallStream } from './call-stream.js';

function recorder() {
  const seen: string[] = [];
  const stream = new CallStream({
    data: (b) => seen.push(`data:${b.toString()}`),
    gap: (n) => seen.push(`gap:${n}`),
  });
  return { seen, stream };
}

describe('CallStream', () => {
  it('passes whole calls through untouched', () => {
    const { seen, stream } = recorder();
    stream.push({ callLen: 3, callOffset: 0, data: Buffer.from('abc'), ts: 1 });
    stream.push({ callLen: 2, callOffset: 0, data: Buffer.from('de'), ts: 2 });
    stream.endCall();
    expect(seen).toEqual(['data:abc', 'data:de']);
  });

  it('reports the uncopied tail of a call when the next call starts', () => {
    const { seen, stream } = recorder();
    stream.push({ callLen: 10, callOffset: 0, data: Buffer.from('head'), ts: 1 });
    stream.push({ callLen: 1, callOffset: 0, data: Buffer.from('x'), ts: 2 });
    expect(seen).toEqual(['data:head', 'gap:6', 'data:x']);
  });

  it('reports holes between chunks of one call and the tail at the end', () => {
    const { seen, stream } = recorder();
    stream.push({ callLen: 20, callOffset: 0, data: Buffer.from('ab'), ts: 1 });
    stream.push({ callLen: 20, callOffset: 5, data: Buffer.from('cd'), ts: 1 });
    stream.endCall();
    expect(seen).toEqual(['data:ab', 'gap:3', 'data:cd', 'gap:13']);
    expect(stream.gapBytes).toBe(16);
    expect(stream.bytes).toBe(4);
  });

  it('treats an unreadable chunk (no bytes) as part of the gap', () => {
    const { seen, stream } = recorder();
    stream.push({ callLen: 8, callOffset: 0, data: Buffer.alloc(0), ts: 1 });
    stream.endCall();
    expect(seen).toEqual(['gap:8']);
  });
});
