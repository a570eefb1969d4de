import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeElf, openElf } from './elf.js';
import { GO_TLS_FUNCTIONS, inspectFile, type ProbePoint } from './tls-targets.js';
import {
  buildTlsClient,
  fileOffsetByReadelf,
  goFunctionRange,
  goVersionOfToolchain,
  LIB_DIR,
  nmDynamicFunctions,
  objdumpReturnAddresses,
  readelfLoadSegments,
  withUndecodablePadding,
} from './elf-tools.test-helper.js';

const LIBSSL = path.join(LIB_DIR, 'libssl.so.3');
const LIBGNUTLS = path.join(LIB_DIR, 'libgnutls.so.30');

let tempDir: string;
let goStripped: string;
let goPlain: string;

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-targets-test-'));
  goPlain = buildTlsClient('plain', tempDir);
  goStripped = buildTlsClient('stripped', tempDir);
});
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** Entry and uretprobe points for each function, from nm -D + readelf -lW. */
function expectedCProbes(file: string, functions: string[]): ProbePoint[] {
  const symbols = nmDynamicFunctions(file);
  const segments = readelfLoadSegments(file);
  return functions.flatMap((symbol) => {
    const offset = fileOffsetByReadelf(segments, symbols.get(symbol)!.vaddr);
    return [
      { symbol, offset, at: 'entry' as const },
      { symbol, offset, at: 'return' as const },
    ];
  });
}

describe('inspectFile', () => {
  it('targets the four OpenSSL functions of libssl', () => {
    expect(inspectFile(LIBSSL)).toEqual({
      library: 'openssl',
      path: LIBSSL,
      probes: expectedCProbes(LIBSSL, ['SSL_write', 'SSL_read', 'SSL_write_ex', 'SSL_read_ex']),
    });
  });

  it('targets the GnuTLS record functions of libgnutls', () => {
    expect(inspectFile(LIBGNUTLS)).toEqual({
      library: 'gnutls',
      path: LIBGNUTLS,
      probes: expectedCProbes(LIBGNUTLS, ['gnutls_record_send', 'gnutls_record_recv']),
    });
  });

  it('targets the OpenSSL copy linked into node', () => {
    const target = inspectFile('/usr/bin/node');
    expect(target?.library).toBe('openssl');
    const expected = expectedCProbes('/usr/bin/node', ['SSL_write', 'SSL_read']);
    for (const probe of expected) expect(target?.probes).toContainEqual(probe);
  });

  it('targets Write and Read of a stripped Go binary at entry and at every RET', () => {
    // Same code as the plain build, whose symbols give the expected values.
    const segments = readelfLoadSegments(goPlain);
    const expected: ProbePoint[] = GO_TLS_FUNCTIONS.flatMap((symbol) => {
      const { entry, end } = goFunctionRange(goPlain, symbol);
      const returns = objdumpReturnAddresses(goPlain, entry, end);
      return [
        { symbol, offset: fileOffsetByReadelf(segments, entry), at: 'entry' as const },
        ...returns.map((vaddr) => ({
          symbol,
          offset: fileOffsetByReadelf(segments, vaddr),
          at: 'ret-insn' as const,
        })),
      ];
    });
    expect(inspectFile(goStripped)).toEqual({
      library: 'go',
      path: goStripped,
      probes: expected,
      goVersion: goVersionOfToolchain(),
    });
  });

  it('probes no part of a Go function whose return instructions cannot be decoded, and says so', () => {
    const garbled = path.join(tempDir, 'go-undecodable-read');
    withUndecodablePadding(goPlain, 'crypto/tls.(*Conn).Read', garbled);

    const target = inspectFile(garbled);
    expect(target?.library).toBe('go');
    expect(new Set(target?.probes.map((probe) => probe.symbol))).toEqual(
      new Set(['crypto/tls.(*Conn).Write']),
    );
    expect(target?.probes.filter((probe) => probe.at === 'ret-insn').length).toBeGreaterThan(0);
    expect(target?.unprobed).toEqual([
      'crypto/tls.(*Conn).Read: no return instruction could be decoded, so its plaintext is not read',
    ]);
    expect(inspectFile(goPlain)?.unprobed).toBeUndefined();
  });

  it('returns null for files without a TLS library', () => {
    const text = path.join(tempDir, 'readme.txt');
    fs.writeFileSync(text, 'SSL_write SSL_read\n');
    const empty = path.join(tempDir, 'empty');
    fs.writeFileSync(empty, '');
    const truncated = path.join(tempDir, 'libssl-truncated');
    fs.writeFileSync(truncated, fs.readFileSync(LIBSSL).subarray(0, 300_000));
    for (const file of [path.join(LIB_DIR, 'libc.so.6'), '/bin/true', text, empty, truncated, tempDir]) {
      expect(inspectFile(file), file).toBeNull();
    }
  });

  it('leaves no descriptor open', () => {
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (const file of [LIBSSL, goStripped, '/bin/true', tempDir]) inspectFile(file);
    expect(open()).toBe(before);
  });
});

describe('robustness', () => {
  it('never throws on random bytes', () => {
    const file = path.join(tempDir, 'random');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, withElfMagic) => {
        const content = Buffer.from(bytes);
        if (withElfMagic && content.length >= 6) content.set([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
        fs.writeFileSync(file, content);
        const elf = openElf(file);
        if (elf) closeElf(elf);
        inspectFile(file);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Mutates real files in place, biased towards the structures the reader trusts (ELF, program and
   * section headers, hash and symbol tables, pclntab), then restores them for the next run.
   */
  it.each([
    ['libssl', LIBSSL],
    ['/bin/true', '/bin/true'],
    ['stripped Go binary', 'go'],
  ])('never throws on mutated copies of %s', (_label, source) => {
    const original = fs.readFileSync(source === 'go' ? goStripped : source);
    const file = path.join(tempDir, `mutated-${path.basename(source)}`);
    fs.writeFileSync(file, original);
    const elf = openElf(file)!;
    const hotSpots = [
      { offset: 0, size: 64 },
      ...elf.segments
        .slice(0, 1)
        .map(() => ({ offset: original.readUInt32LE(32), size: 56 * elf.segments.length })),
      ...elf.sections.map((section) => ({ offset: section.offset, size: Math.min(section.size, 256) })),
      { offset: original.readUInt32LE(40), size: 64 * elf.sections.length },
    ].filter((spot) => spot.size > 0 && spot.offset + spot.size <= original.length);
    const mutation = fc.record({
      spot: fc.nat({ max: hotSpots.length - 1 }),
      position: fc.nat(),
      value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0xff, 0x7f, 0x80)),
    });
    const fd = fs.openSync(file, 'r+');
    try {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
          const changed = mutations.map(({ spot, position, value }) => {
            const { offset, size } = hotSpots[spot]!;
            return { at: offset + (position % size), value };
          });
          for (const { at, value } of changed) fs.writeSync(fd, Buffer.from([value]), 0, 1, at);
          try {
            const elf = openElf(file);
            if (elf) closeElf(elf);
            inspectFile(file);
          } finally {
            for (const { at } of changed) fs.writeSync(fd, original, at, 1, at);
          }
        }),
        { numRuns: 150 },
      );
    } finally {
      fs.closeSync(fd);
    }
  });
});
