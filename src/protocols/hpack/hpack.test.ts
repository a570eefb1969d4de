import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HpackDecoder, type HeaderField } from './decoder.js';
import { HpackEncoder, encodeInteger } from './encoder.js';
import { HUFFMAN_CODES, huffmanDecode, huffmanEncode } from './huffman.js';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);

describe('Huffman table (RFC 7541 Appendix B)', () => {
  it('is the canonical code it should be: complete, prefix-free, ordered by length then symbol', () => {
    expect(HUFFMAN_CODES).toHaveLength(257);
    const bySize = HUFFMAN_CODES.map(([code, bits], symbol) => ({ code, bits, symbol })).sort(
      (a, b) => a.bits - b.bits || a.symbol - b.symbol,
    );
    // Canonical assignment: each code is the previous plus one, shifted to the new length.
    let expected = 0;
    let previousBits = bySize[0]!.bits;
    for (const { code, bits } of bySize) {
      expected *= 2 ** (bits - previousBits);
      previousBits = bits;
      expect(code).toBe(expected);
      expected++;
    }
    // The last code (EOS) is all ones, so the code space is exactly filled (Kraft sum 1).
    expect(expected).toBe(2 ** 30);
    expect(HUFFMAN_CODES[256]).toEqual([0x3fffffff, 30]);
  });

  it('round-trips every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(huffmanDecode(huffmanEncode(all))).toEqual(all);
  });

  it('decodes the RFC C.4.1 authority', () => {
    expect(huffmanDecode(hex('f1e3 c2e5 f23a 6ba0 ab90 f4ff'))?.toString()).toBe('www.example.com');
  });

  it('refuses EOS, padding longer than 7 bits and padding that is not all ones', () => {
    expect(huffmanDecode(hex('ffff ffff'))).toBeNull(); // 30 ones = EOS
    expect(huffmanDecode(hex('1f ff'))).toBeNull(); // 'a' (00011) then 11 ones of padding
    expect(huffmanDecode(hex('18'))).toBeNull(); // 'a' then padding 000
    expect(huffmanDecode(hex('1f'))?.toString()).toBe('a');
    expect(huffmanDecode(hex(''))?.toString()).toBe('');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(huffmanDecode(huffmanEncode(bytes))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: fuzzRuns },
    );
  });
});

describe('integers (RFC 7541 C.1)', () => {
  it('encodes 10 and 1337 with a 5-bit prefix and 42 with an 8-bit one', () => {
    expect(encodeInteger(10, 5, 0)).toEqual(hex('0a'));
    expect(encodeInteger(1337, 5, 0)).toEqual(hex('1f9a0a'));
    expect(encodeInteger(42, 8, 0)).toEqual(hex('2a'));
  });

  it('refuses integers above 2^32-1 and overlong encodings, then knows it is desynced', () => {
    const decoder = new HpackDecoder();
    // Indexed field whose index continues with zeros for 6 bytes.
    expect(decoder.decode(hex('ff 80 80 80 80 80 01'))).toEqual({
      kind: 'error',
      reason: 'integer too long',
    });
    expect(decoder.synced).toBe(false);
    // 127 + 0x7f*(1+2^7+2^14+2^21) + 0x1f*2^28 > 2^32-1
    expect(new HpackDecoder().decode(hex('ff ff ff ff ff 1f'))).toEqual({
      kind: 'error',
      reason: 'integer overflow',
    });
    expect(new HpackDecoder().decode(hex('ff ff'))).toEqual({ kind: 'error', reason: 'truncated integer' });
  });
});

describe('RFC 7541 C.2: single representations', () => {
  it('C.2.1 literal with indexing', () => {
    const decoder = new HpackDecoder();
    const block = hex('400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572');
    expect(decoder.decode(block)).toEqual({
      kind: 'headers',
      headers: [['custom-key', 'custom-header']],
      unknownFields: 0,
    });
    expect(decoder.dynamicTable).toEqual([['custom-key', 'custom-header']]);
    expect(decoder.tableSize).toBe(55);
    expect(new HpackEncoder().encode([['custom-key', 'custom-header']])).toEqual(block);
  });

  it('C.2.2 literal without indexing', () => {
    const decoder = new HpackDecoder();
    const block = hex('040c 2f73 616d 706c 652f 7061 7468');
    expect(decoder.decode(block)).toEqual({
      kind: 'headers',
      headers: [[':path', '/sample/path']],
      unknownFields: 0,
    });
    expect(decoder.dynamicTable).toEqual([]);
    expect(new HpackEncoder().encode([[':path', '/sample/path']], { indexing: 'none' })).toEqual(block);
  });

  it('C.2.3 literal never indexed', () => {
    const decoder = new HpackDecoder();
    const block = hex('1008 7061 7373 776f 7264 0673 6563 7265 74');
    expect(decoder.decode(block)).toEqual({
      kind: 'headers',
      headers: [['password', 'secret']],
      unknownFields: 0,
    });
    expect(decoder.dynamicTable).toEqual([]);
    expect(new HpackEncoder().encode([['password', 'secret']], { indexing: 'never' })).toEqual(block);
  });

  it('C.2.4 indexed field', () => {
    const decoder = new HpackDecoder();
    expect(decoder.decode(hex('82'))).toEqual({
      kind: 'headers',
      headers: [[':method', 'GET']],
      unknownFields: 0,
    });
    expect(decoder.dynamicTable).toEqual([]);
  });
});

interface Step {
  headers: HeaderField[];
  block: string;
  table: HeaderField[];
  size: number;
}

const requests = (authorityTable: HeaderField[]): Array<Omit<Step, 'block'>> => [
  {
    headers: [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
    ],
    table: authorityTable,
    size: 57,
  },
  {
    headers: [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
      ['cache-control', 'no-cache'],
    ],
    table: [['cache-control', 'no-cache'], ...authorityTable],
    size: 110,
  },
  {
    headers: [
      [':method', 'GET'],
      [':scheme', 'https'],
      [':path', '/index.html'],
      [':authority', 'www.example.com'],
      ['custom-key', 'custom-value'],
    ],
    table: [['custom-key', 'custom-value'], ['cache-control', 'no-cache'], ...authorityTable],
    size: 164,
  },
];

const date21: HeaderField = ['date', 'Mon, 21 Oct 2013 20:13:21 GMT'];
const date22: HeaderField = ['date', 'Mon, 21 Oct 2013 20:13:22 GMT'];
const location: HeaderField = ['location', 'https://www.example.com'];
const privateCache: HeaderField = ['cache-control', 'private'];
const cookie: HeaderField = ['set-cookie', 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1'];
const responses: Array<Omit<Step, 'block'>> = [
  {
    headers: [[':status', '302'], privateCache, date21, location],
    table: [location, date21, privateCache, [':status', '302']],
    size: 222,
  },
  {
    headers: [[':status', '307'], privateCache, date21, location],
    table: [[':status', '307'], location, date21, privateCache],
    size: 222,
  },
  {
    headers: [[':status', '200'], privateCache, date22, location, ['content-encoding', 'gzip'], cookie],
    table: [cookie, ['content-encoding', 'gzip'], date22],
    size: 215,
  },
];

const authority: HeaderField[] = [[':authority', 'www.example.com']];
const examples: Array<{ name: string; tableSize: number; huffman: boolean; steps: Step[] }> = [
  {
    name: 'C.3 requests without Huffman',
    tableSize: 4096,
    huffman: false,
    steps: requests(authority).map((step, i) => ({
      ...step,
      block: [
        '8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d',
        '8286 84be 5808 6e6f 2d63 6163 6865',
        '8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65',
      ][i]!,
    })),
  },
  {
    name: 'C.4 requests with Huffman',
    tableSize: 4096,
    huffman: true,
    steps: requests(authority).map((step, i) => ({
      ...step,
      block: [
        '8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff',
        '8286 84be 5886 a8eb 1064 9cbf',
        '8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf',
      ][i]!,
    })),
  },
  {
    name: 'C.5 responses without Huffman, 256-byte table',
    tableSize: 256,
    huffman: false,
    steps: responses.map((step, i) => ({
      ...step,
      block: [
        `4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133
         2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70 6c65 2e63 6f6d`,
        '4803 3330 37c1 c0bf',
        `88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d
         54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049
         5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e 3d31`,
      ][i]!,
    })),
  },
  {
    name: 'C.6 responses with Huffman, 256-byte table',
    tableSize: 256,
    huffman: true,
    steps: responses.map((step, i) => ({
      ...step,
      block: [
        `4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6
         2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3`,
        '4883 640e ffc1 c0bf',
        `88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab
         77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f
         9587 3160 65c0 03ed 4ee5 b106 3d50 07`,
      ][i]!,
    })),
  },
];

describe('RFC 7541 C.3-C.6: sequences sharing a dynamic table', () => {
  for (const example of examples) {
    it(`${example.name}: decodes each block and leaves the RFC's table`, () => {
      const decoder = new HpackDecoder({ tableSizeLimit: example.tableSize });
      for (const step of example.steps) {
        expect(decoder.decode(hex(step.block))).toEqual({
          kind: 'headers',
          headers: step.headers,
          unknownFields: 0,
        });
        expect(decoder.dynamicTable).toEqual(step.table);
        expect(decoder.tableSize).toBe(step.size);
      }
    });

    it(`${example.name}: the test encoder produces the RFC's bytes`, () => {
      const encoder = new HpackEncoder(example.tableSize);
      for (const step of example.steps) {
        expect(encoder.encode(step.headers, { huffman: example.huffman }).toString('hex')).toBe(
          hex(step.block).toString('hex'),
        );
        expect(encoder.dynamicTable).toEqual(step.table);
      }
    });
  }
});

describe('dynamic table size', () => {
  it('applies size updates, evicting, and refuses one above the SETTINGS limit', () => {
    const decoder = new HpackDecoder();
    const encoder = new HpackEncoder();
    decoder.decode(
      encoder.encode([
        ['a', '1'],
        ['b', '2'],
      ]),
    );
    expect(decoder.tableSize).toBe(68);
    encoder.setMaxTableSize(40);
    expect(decoder.decode(encoder.encode([]))).toEqual({ kind: 'headers', headers: [], unknownFields: 0 });
    expect(decoder.dynamicTable).toEqual([['b', '2']]);
    decoder.setTableSizeLimit(40);
    expect(decoder.decode(hex('3fe11f'))).toEqual({
      kind: 'error',
      reason: 'table size update 4096 above limit 40',
    });
  });

  it('follows a raised limit', () => {
    const decoder = new HpackDecoder();
    decoder.setTableSizeLimit(8192);
    const encoder = new HpackEncoder();
    encoder.setMaxTableSize(8192);
    const big: HeaderField = ['x-big', 'v'.repeat(5000)];
    expect(decoder.decode(encoder.encode([big]))).toEqual({
      kind: 'headers',
      headers: [big],
      unknownFields: 0,
    });
    expect(decoder.decode(encoder.encode([big]))).toEqual({
      kind: 'headers',
      headers: [big],
      unknownFields: 0,
    });
    expect(decoder.tableSize).toBe(5037);
  });

  it('refuses a size update after a field', () => {
    expect(new HpackDecoder().decode(hex('82 20'))).toEqual({
      kind: 'error',
      reason: 'table size update after a field',
    });
  });

  it('empties the table for an entry larger than it', () => {
    const decoder = new HpackDecoder({ tableSizeLimit: 100 });
    const encoder = new HpackEncoder(100);
    decoder.decode(encoder.encode([['a', '1']]));
    const huge: HeaderField = ['h', 'x'.repeat(80)];
    expect(decoder.decode(encoder.encode([huge]))).toEqual({
      kind: 'headers',
      headers: [huge],
      unknownFields: 0,
    });
    expect(decoder.dynamicTable).toEqual([]);
    expect(decoder.tableSize).toBe(0);
  });
});

describe('errors and limits', () => {
  it('refuses index 0, an index beyond the table, a string beyond the block and bad Huffman', () => {
    expect(new HpackDecoder().decode(hex('80'))).toEqual({
      kind: 'error',
      reason: 'indexed field with index 0',
    });
    expect(new HpackDecoder().decode(hex('be'))).toEqual({
      kind: 'error',
      reason: 'index 62 beyond the table',
    });
    expect(new HpackDecoder().decode(hex('4003 6162'))).toEqual({
      kind: 'error',
      reason: 'string beyond the block',
    });
    expect(new HpackDecoder().decode(hex('4081 00 00'))).toEqual({
      kind: 'error',
      reason: 'invalid Huffman string',
    });
  });

  it('reports a list over the limit as tooLarge but keeps the table right', () => {
    const decoder = new HpackDecoder({ maxHeaderListSize: 100 });
    const encoder = new HpackEncoder();
    const fields: HeaderField[] = [
      ['x-one', 'a'.repeat(50)],
      ['x-two', 'b'.repeat(50)],
    ];
    expect(decoder.decode(encoder.encode(fields))).toEqual({ kind: 'tooLarge' });
    expect(decoder.decode(encoder.encode([fields[1]!]))).toEqual({
      kind: 'headers',
      headers: [fields[1]],
      unknownFields: 0,
    });
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = new HpackDecoder().decode(bytes);
        expect(['headers', 'tooLarge', 'error']).toContain(result.kind);
      }),
      { numRuns: fuzzRuns * 5 },
    );
  });
});

describe('after a desync', () => {
  it('decodes references to entries inserted since, and reports older ones as unknown', () => {
    const encoder = new HpackEncoder();
    const decoder = new HpackDecoder();
    decoder.decode(encoder.encode([['x-old', 'before']]));
    decoder.desync();
    expect(decoder.decode(encoder.encode([['x-new', 'after']]))).toEqual({
      kind: 'headers',
      headers: [['x-new', 'after']],
      unknownFields: 0,
    });
    // Both now come from the table: x-new is index 62, x-old is 63 and was never seen since the desync.
    expect(
      decoder.decode(
        encoder.encode([
          ['x-new', 'after'],
          ['x-old', 'before'],
          [':method', 'GET'],
        ]),
      ),
    ).toEqual({
      kind: 'headers',
      headers: [
        ['x-new', 'after'],
        [':method', 'GET'],
      ],
      unknownFields: 1,
    });
    // A new value under an unknown name: the entry is kept with its name unknown.
    expect(decoder.decode(encoder.encode([['x-old', 'changed']]))).toEqual({
      kind: 'headers',
      headers: [],
      unknownFields: 1,
    });
    expect(decoder.dynamicTable).toEqual([
      [undefined, 'changed'],
      ['x-new', 'after'],
    ]);
    expect(decoder.synced).toBe(false);
  });

  it('is synced again after a size update to 0', () => {
    const encoder = new HpackEncoder();
    const decoder = new HpackDecoder();
    decoder.desync();
    encoder.setMaxTableSize(0);
    encoder.setMaxTableSize(4096);
    decoder.decode(encoder.encode([['a', 'b']]));
    expect(decoder.synced).toBe(true);
    expect(decoder.decode(hex('bf'))).toEqual({ kind: 'error', reason: 'index 63 beyond the table' });
  });

  it('is synced again once entries inserted since fill the table', () => {
    const encoder = new HpackEncoder();
    const decoder = new HpackDecoder();
    decoder.decode(encoder.encode([['x-old', 'before']]));
    decoder.desync();
    decoder.decode(encoder.encode([['x-fill', 'f'.repeat(2000)]]));
    expect(decoder.synced).toBe(false);
    // 2038 + 2038 bytes leave no room for an older entry of at least 32 bytes.
    decoder.decode(encoder.encode([['x-more', 'm'.repeat(2000)]]));
    expect(decoder.synced).toBe(true);
  });
});
