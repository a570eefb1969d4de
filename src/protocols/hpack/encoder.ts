// HPACK encoder, used by tests to build header blocks (production code only decodes).
import { huffmanEncode, huffmanEncodedLength } from './huffman.js';
import { STATIC_TABLE } from './static-table.js';
import { DEFAULT_HEADER_TABLE_SIZE, ENTRY_OVERHEAD, type HeaderField } from './decoder.js';

export interface EncodeOptions {
  /** Huffman-code every string (RFC 7541 C.4/C.6 style); default false. */
  huffman?: boolean;
  /** Representation of fields without an exact table match; default 'incremental'. */
  indexing?: 'incremental' | 'none' | 'never';
}

export class HpackEncoder {
  /** Newest first. */
  private entries: HeaderField[] = [];
  private size = 0;
  private pendingSizeUpdates: number[] = [];

  constructor(private maxSize = DEFAULT_HEADER_TABLE_SIZE) {}

  get dynamicTable(): HeaderField[] {
    return this.entries.map(([name, value]) => [name, value]);
  }

  /** Changes the table size; the update is signalled at the start of the next block. */
  setMaxTableSize(size: number): void {
    this.pendingSizeUpdates.push(size);
    this.maxSize = size;
    this.evictTo(size);
  }

  encode(fields: HeaderField[], options: EncodeOptions = {}): Buffer {
    const parts: Buffer[] = this.pendingSizeUpdates.map((size) => encodeInteger(size, 5, 0x20));
    this.pendingSizeUpdates = [];
    const indexing = options.indexing ?? 'incremental';
    for (const [name, value] of fields) {
      const exact = this.findIndex((n, v) => n === name && v === value);
      if (exact !== 0) {
        parts.push(encodeInteger(exact, 7, 0x80));
        continue;
      }
      const nameIndex = this.findIndex((n) => n === name);
      if (indexing === 'incremental') parts.push(encodeInteger(nameIndex, 6, 0x40));
      else parts.push(encodeInteger(nameIndex, 4, indexing === 'never' ? 0x10 : 0x00));
      if (nameIndex === 0) parts.push(encodeString(name, options.huffman ?? false));
      parts.push(encodeString(value, options.huffman ?? false));
      if (indexing === 'incremental') this.insert(name, value);
    }
    return Buffer.concat(parts);
  }

  /** Lowest matching index, static table first; 0 when none. */
  private findIndex(matches: (name: string, value: string) => boolean): number {
    const staticIndex = STATIC_TABLE.findIndex(([n, v]) => matches(n, v));
    if (staticIndex >= 0) return staticIndex + 1;
    const dynamicIndex = this.entries.findIndex(([n, v]) => matches(n, v));
    return dynamicIndex >= 0 ? STATIC_TABLE.length + 1 + dynamicIndex : 0;
  }

  private insert(name: string, value: string): void {
    const entrySize = name.length + value.length + ENTRY_OVERHEAD;
    this.evictTo(this.maxSize - entrySize);
    if (entrySize > this.maxSize) return;
    this.entries.unshift([name, value]);
    this.size += entrySize;
  }

  private evictTo(targetSize: number): void {
    while (this.size > targetSize && this.entries.length > 0) {
      const [name, value] = this.entries.pop()!;
      this.size -= name.length + value.length + ENTRY_OVERHEAD;
    }
  }
}

/** RFC 7541 5.1: `prefixBits` low bits of the first byte, the rest in 7-bit groups. */
export function encodeInteger(value: number, prefixBits: number, firstByteFlags: number): Buffer {
  const mask = (1 << prefixBits) - 1;
  if (value < mask) return Buffer.from([firstByteFlags | value]);
  const bytes = [firstByteFlags | mask];
  let rest = value - mask;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

function encodeString(text: string, huffman: boolean): Buffer {
  const raw = Buffer.from(text, 'latin1');
  if (!huffman) return Buffer.concat([encodeInteger(raw.length, 7, 0x00), raw]);
  return Buffer.concat([encodeInteger(huffmanEncodedLength(raw), 7, 0x80), huffmanEncode(raw)]);
}
