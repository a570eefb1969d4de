// HPACK (RFC 7541) decoder for a passive observer.
//
// Besides the usual table, it can work without knowing the table's older entries: after a capture gap
// or an error, the number of entries the encoder inserted meanwhile is unknown, so we drop ours and
// mark the table "desynced". Entries inserted from then on are known exactly, and the dynamic index
// of an entry counts from the newest one, so references to them still decode correctly; references
// past them are reported as unknown fields rather than guessed. The table becomes fully known again
// when the encoder empties it (size update to 0) or when the new entries alone fill it.
import { huffmanDecode } from './huffman.js';
import { STATIC_TABLE } from './static-table.js';

export type HeaderField = [name: string, value: string];

/** RFC 7541 4.1: an entry's size is its name and value lengths plus 32. */
export const ENTRY_OVERHEAD = 32;
export const DEFAULT_HEADER_TABLE_SIZE = 4096;
export const DEFAULT_MAX_HEADER_LIST_SIZE = 256 * 1024;
/** Table sizes beyond this are refused: nobody needs them and they would let a peer make us hold that much. */
export const MAX_TRACKED_TABLE_SIZE = 1024 * 1024;
const MAX_INTEGER = 2 ** 32 - 1;

export type HpackResult =
  /** `unknownFields` > 0 only while desynced: those fields referenced entries we never saw. */
  | { kind: 'headers'; headers: HeaderField[]; unknownFields: number }
  /** Decoded (the table stays right) but the list exceeded the limit, so it is not returned. */
  | { kind: 'tooLarge' }
  /** Malformed block: the table is now desynced. */
  | { kind: 'error'; reason: string };

export interface HpackDecoderOptions {
  /** Our side's SETTINGS_HEADER_TABLE_SIZE, the bound on the encoder's table. */
  tableSizeLimit?: number;
  /** Decoded header list size (RFC 7540 6.5.2 accounting) beyond which a block is `tooLarge`. */
  maxHeaderListSize?: number;
}

interface TableEntry {
  /** Undefined when the name came from an entry we never saw. */
  name: string | undefined;
  value: string;
  /** Exact size, or a lower bound when the name is unknown. */
  size: number;
}

class HpackError extends Error {}

export class HpackDecoder {
  /** Oldest first; entries before `oldest` are evicted and wait for compaction. */
  private slots: TableEntry[] = [];
  private oldest = 0;
  private size = 0;
  private maxSize: number;
  private limit: number;
  private readonly maxHeaderListSize: number;
  private known = true;

  constructor(options: HpackDecoderOptions = {}) {
    this.limit = Math.min(options.tableSizeLimit ?? DEFAULT_HEADER_TABLE_SIZE, MAX_TRACKED_TABLE_SIZE);
    this.maxSize = this.limit;
    this.maxHeaderListSize = options.maxHeaderListSize ?? DEFAULT_MAX_HEADER_LIST_SIZE;
  }

  /** False while entries older than the ones we hold may exist (see the file comment). */
  get synced(): boolean {
    return this.known;
  }

  /** Dynamic table, newest first (index 62 first), unknown names as undefined. */
  get dynamicTable(): Array<[string | undefined, string]> {
    const table: Array<[string | undefined, string]> = [];
    for (let i = this.slots.length - 1; i >= this.oldest; i--)
      table.push([this.slots[i]!.name, this.slots[i]!.value]);
    return table;
  }

  get tableSize(): number {
    return this.size;
  }

  /** Applies the decoding side's SETTINGS_HEADER_TABLE_SIZE. */
  setTableSizeLimit(limit: number): void {
    this.limit = Math.min(limit, MAX_TRACKED_TABLE_SIZE);
  }

  /** Forgets the table: call when header block bytes were lost. */
  desync(): void {
    this.slots = [];
    this.oldest = 0;
    this.size = 0;
    // The encoder may have changed its size in what we missed; the limit bounds it.
    this.maxSize = this.limit;
    this.known = false;
  }

  decode(block: Uint8Array): HpackResult {
    try {
      return this.decodeBlock(new BlockReader(block));
    } catch (error) {
      if (!(error instanceof HpackError)) throw error;
      this.desync();
      return { kind: 'error', reason: error.message };
    }
  }

  private decodeBlock(reader: BlockReader): HpackResult {
    const headers: HeaderField[] = [];
    let unknownFields = 0;
    let listSize = 0;
    let sawField = false;
    const emit = (name: string | undefined, value: string | undefined): void => {
      sawField = true;
      if (name === undefined || value === undefined) {
        unknownFields++;
        return;
      }
      listSize += name.length + value.length + ENTRY_OVERHEAD;
      if (listSize <= this.maxHeaderListSize) headers.push([name, value]);
    };

    while (!reader.done) {
      const first = reader.peek();
      if (first & 0x80) {
        const index = reader.readInteger(7);
        if (index === 0) throw new HpackError('indexed field with index 0');
        const entry = this.lookup(index);
        emit(entry?.name, entry?.value);
      } else if (first & 0x40) {
        const name = this.readName(reader, 6);
        const value = reader.readString();
        this.insert(name, value);
        emit(name, value);
      } else if (first & 0x20) {
        if (sawField) throw new HpackError('table size update after a field');
        this.resize(reader.readInteger(5));
      } else {
        // Literal without indexing (0000) or never indexed (0001): same layout, no insertion.
        const name = this.readName(reader, 4);
        emit(name, reader.readString());
      }
    }
    if (listSize > this.maxHeaderListSize) return { kind: 'tooLarge' };
    return { kind: 'headers', headers, unknownFields };
  }

  private readName(reader: BlockReader, prefixBits: number): string | undefined {
    const index = reader.readInteger(prefixBits);
    if (index === 0) return reader.readString();
    const entry = this.lookup(index);
    return entry === undefined ? undefined : entry.name;
  }

  /** The entry at a 1-based HPACK index; undefined when it is one we never saw. */
  private lookup(index: number): { name: string | undefined; value: string } | undefined {
    if (index <= STATIC_TABLE.length) {
      const [name, value] = STATIC_TABLE[index - 1]!;
      return { name, value };
    }
    const position = this.slots.length - (index - STATIC_TABLE.length);
    if (position >= this.oldest) return this.slots[position]!;
    if (this.known) throw new HpackError(`index ${index} beyond the table`);
    return undefined;
  }

  private insert(name: string | undefined, value: string): void {
    const entry: TableEntry = { name, value, size: (name?.length ?? 0) + value.length + ENTRY_OVERHEAD };
    // RFC 7541 4.4: an entry larger than the table empties it and is not added.
    this.evictTo(this.maxSize - entry.size);
    if (entry.size > this.maxSize) {
      // Emptied: nothing older can remain.
      this.known = true;
      return;
    }
    this.slots.push(entry);
    this.size += entry.size;
    this.markKnownIfFull();
  }

  private resize(maxSize: number): void {
    if (maxSize > this.limit) throw new HpackError(`table size update ${maxSize} above limit ${this.limit}`);
    this.maxSize = maxSize;
    this.evictTo(maxSize);
    if (maxSize === 0) this.known = true;
    this.markKnownIfFull();
  }

  private evictTo(targetSize: number): void {
    while (this.size > targetSize && this.oldest < this.slots.length) {
      this.size -= this.slots[this.oldest]!.size;
      this.oldest++;
    }
    if (this.oldest > 64 && this.oldest * 2 > this.slots.length) {
      this.slots = this.slots.slice(this.oldest);
      this.oldest = 0;
    }
  }

  /** Entries we do not know can only remain if one more (at least 32 bytes) would still fit. */
  private markKnownIfFull(): void {
    if (!this.known && this.size + ENTRY_OVERHEAD > this.maxSize) this.known = true;
  }
}

class BlockReader {
  private position = 0;
  private readonly bytes: Buffer;

  constructor(block: Uint8Array) {
    this.bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  }

  get done(): boolean {
    return this.position >= this.bytes.length;
  }

  peek(): number {
    return this.bytes[this.position]!;
  }

  /** RFC 7541 5.1, refusing values above 2^32-1 and overlong encodings. */
  readInteger(prefixBits: number): number {
    if (this.done) throw new HpackError('truncated integer');
    const mask = (1 << prefixBits) - 1;
    let value = this.bytes[this.position++]! & mask;
    if (value < mask) return value;
    for (let shift = 0; ; shift += 7) {
      if (this.done) throw new HpackError('truncated integer');
      if (shift > 28) throw new HpackError('integer too long');
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (value > MAX_INTEGER) throw new HpackError('integer overflow');
      if (!(byte & 0x80)) return value;
    }
  }

  /** RFC 7541 5.2. Octets map one-to-one to characters (latin1), so nothing is lost. */
  readString(): string {
    if (this.done) throw new HpackError('truncated string');
    const huffman = (this.peek() & 0x80) !== 0;
    const length = this.readInteger(7);
    if (length > this.bytes.length - this.position) throw new HpackError('string beyond the block');
    const raw = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    if (!huffman) return raw.toString('latin1');
    const decoded = huffmanDecode(raw);
    if (decoded === null) throw new HpackError('invalid Huffman string');
    return decoded.toString('latin1');
  }
}
