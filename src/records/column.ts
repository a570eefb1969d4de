// Numbers appended one at a time, kept in fixed blocks of a typed array. A column of a capture's
// 100k+ records grows without copying and leaves nothing for the collector: a growing JS array left
// its old copies in the large-object space until a full collection, and spent 8 bytes on a kind.

type Block = Float64Array | Uint32Array | Uint8Array;

/** Entries per block, 2^14: 128 KiB of float64s. */
const BLOCK_BITS = 14;
const BLOCK_ENTRIES = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK_ENTRIES - 1;

export class Column {
  private readonly blocks: Block[] = [];
  private size = 0;

  /** `Block` sets what an entry holds: Float64Array any number, Uint32Array and Uint8Array less. */
  constructor(private readonly Block: new (length: number) => Block) {}

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if ((this.size & IN_BLOCK) === 0) this.blocks.push(new this.Block(BLOCK_ENTRIES));
    (this.blocks[this.size >>> BLOCK_BITS] as Block)[this.size & IN_BLOCK] = value;
    this.size++;
  }

  at(index: number): number {
    this.check(index);
    return (this.blocks[index >>> BLOCK_BITS] as Block)[index & IN_BLOCK] as number;
  }

  set(index: number, value: number): void {
    this.check(index);
    (this.blocks[index >>> BLOCK_BITS] as Block)[index & IN_BLOCK] = value;
  }

  private check(index: number): void {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`column: no entry ${index} of ${this.size}`);
  }
}
