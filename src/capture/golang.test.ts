import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ElfFile, findSection, openElf, SHT_SYMTAB, vaddrToFileOffset } from './elf.js';
import { findGoFunctions, findReturnOffsets, type GoFunction, goVersion, isGoBinary } from './golang.js';
import {
  buildTlsClient,
  fileOffsetByReadelf,
  type GoBuild,
  goFunctionRange,
  goNmFunctions,
  goObjdumpReturnAddresses,
  goVersionOfToolchain,
  LIB_DIR,
  objdumpReturnAddresses,
  readelfLoadSegments,
} from './elf-tools.test-helper.js';

const WRITE = 'crypto/tls.(*Conn).Write';
const READ = 'crypto/tls.(*Conn).Read';

let tempDir: string;
const binaries = {} as Record<GoBuild, string>;

const BUILDS: GoBuild[] = [
  'plain',
  'stripped',
  'pie',
  'arm64',
  'arm64-stripped',
  'external-pie',
  'external-pie-stripped',
];

// With a cold Go build cache the standard library compiles three times (amd64, arm64, cgo).
const COLD_BUILD_TIMEOUT_MS = 600_000;

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'golang-test-'));
  for (const build of BUILDS) binaries[build] = buildTlsClient(build, tempDir);
}, COLD_BUILD_TIMEOUT_MS);
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const open = (file: string): ElfFile => {
  const elf = openElf(file);
  if (!elf) throw new Error(`${file} is not a supported ELF file`);
  return elf;
};

/** What `go tool nm` says about the two functions, with `end` at the next function's start. */
function expectedFunctions(file: string): Map<string, GoFunction> {
  const expected = new Map<string, GoFunction>();
  for (const name of [WRITE, READ]) {
    const { entry, end } = goFunctionRange(file, name);
    expected.set(name, { name, entry, end });
  }
  return expected;
}

describe('findGoFunctions', () => {
  it('finds Write and Read of a normal build where go tool nm and readelf -lW put them', () => {
    const elf = open(binaries.plain);
    const found = findGoFunctions(elf, [WRITE, READ]);
    expect(found).toEqual(expectedFunctions(binaries.plain));
    const segments = readelfLoadSegments(binaries.plain);
    for (const fn of found.values()) {
      expect(vaddrToFileOffset(elf, fn.entry)).toBe(fileOffsetByReadelf(segments, fn.entry));
    }
  });

  it('finds a function in a function table out of order, where bisection cannot', () => {
    const original = findGoFunctions(open(binaries.plain), [WRITE]).get(WRITE)!;
    const bytes = fs.readFileSync(binaries.plain);
    const header = findSection(open(binaries.plain), '.gopclntab')!.offset;
    // go1.18+ header words: nfunc first, the function table's offset last.
    const word = (index: number) => Number(bytes.readBigUInt64LE(header + 8 + 8 * index));
    const [count, functab] = [word(0), header + word(7)];
    // The table holds (entry, _func offset) pairs of 32-bit offsets, in function order: reverse it.
    const pairs = Array.from({ length: count }, (_, i) =>
      Buffer.from(bytes.subarray(functab + 8 * i, functab + 8 * i + 8)),
    );
    pairs.reverse().forEach((pair, i) => pair.copy(bytes, functab + 8 * i));
    const reversed = path.join(tempDir, 'reversed');
    fs.writeFileSync(reversed, bytes);
    expect(findGoFunctions(open(reversed), [WRITE]).get(WRITE)?.entry).toBe(original.entry);
  });

  it('finds the same code in a -s -w build through .gopclntab alone', () => {
    const stripped = open(binaries.stripped);
    expect(stripped.sections.some((section) => section.type === SHT_SYMTAB)).toBe(false);
    const found = findGoFunctions(stripped, [WRITE, READ]);
    expect(found).toEqual(expectedFunctions(binaries.plain));
    const plain = open(binaries.plain);
    for (const fn of found.values()) {
      expect(vaddrToFileOffset(stripped, fn.entry)).toBe(vaddrToFileOffset(plain, fn.entry));
    }
  });

  it('finds Write and Read of a PIE build', () => {
    const elf = open(binaries.pie);
    expect(elf.type).toBe('dyn');
    const found = findGoFunctions(elf, [WRITE, READ]);
    expect(found).toEqual(expectedFunctions(binaries.pie));
    const segments = readelfLoadSegments(binaries.pie);
    for (const fn of found.values()) {
      expect(vaddrToFileOffset(elf, fn.entry)).toBe(fileOffsetByReadelf(segments, fn.entry));
    }
  });

  it('anchors a stripped externally linked build, whose .text opens with C code, on its cgo exports', () => {
    const elf = open(binaries['external-pie-stripped']);
    const text = findSection(elf, '.text')!;
    const found = findGoFunctions(elf, [WRITE, READ]);
    const expected = expectedFunctions(binaries['external-pie']);
    expect(found).toEqual(expected);
    expect(goNmFunctions(binaries['external-pie']).find((fn) => fn.name === 'runtime.text')!.vaddr).not.toBe(
      text.vaddr,
    );
  });

  it('falls back to .symtab when the file has no .gopclntab', () => {
    const renamed = path.join(tempDir, 'tlsclient-no-pclntab');
    const bytes = fs.readFileSync(binaries.plain);
    const elf = open(binaries.plain);
    const names = findSection(elf, '.shstrtab')!;
    const at = bytes.indexOf('.gopclntab\0', names.offset, 'latin1');
    bytes.write('.gopclntaX', at, 'latin1');
    fs.writeFileSync(renamed, bytes);
    const withoutPclntab = open(renamed);
    expect(findSection(withoutPclntab, '.gopclntab')).toBeUndefined();
    const bySymbols = goNmFunctions(binaries.plain);
    const expected = new Map(
      [WRITE, READ].map((name) => {
        const symbol = bySymbols.find((fn) => fn.name === name)!;
        return [name, { name, entry: symbol.vaddr, end: symbol.vaddr + symbol.size }];
      }),
    );
    expect(findGoFunctions(withoutPclntab, [WRITE, READ])).toEqual(expected);
  });

  it('returns nothing for names the binary lacks', () => {
    expect(findGoFunctions(open(binaries.stripped), ['crypto/tls.(*Conn).Nope']).size).toBe(0);
  });
});

describe('findReturnOffsets', () => {
  it.each(['plain', 'stripped', 'pie'] as const)('gives the ret lines of objdump -d (%s build)', (build) => {
    const file = binaries[build];
    const elf = open(file);
    const segments = readelfLoadSegments(file);
    for (const fn of findGoFunctions(elf, [WRITE, READ]).values()) {
      const expected = objdumpReturnAddresses(file, fn.entry, fn.end).map((vaddr) =>
        fileOffsetByReadelf(segments, vaddr),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(findReturnOffsets(elf, fn)).toEqual(expected);
    }
  });

  it('returns nothing for a function outside the file contents', () => {
    const elf = open(binaries.plain);
    expect(findReturnOffsets(elf, { name: 'nowhere', entry: 0x10, end: 0x40 })).toEqual([]);
  });
});

describe('aarch64', () => {
  it('finds Write and Read of a stripped arm64 build and their RET instructions', () => {
    const elf = open(binaries['arm64-stripped']);
    expect(elf.machine).toBe('aarch64');
    const found = findGoFunctions(elf, [WRITE, READ]);
    expect(found).toEqual(expectedFunctions(binaries.arm64));
    const segments = readelfLoadSegments(binaries.arm64);
    for (const fn of found.values()) {
      const expected = goObjdumpReturnAddresses(binaries.arm64, fn.name).map((vaddr) =>
        fileOffsetByReadelf(segments, vaddr),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(findReturnOffsets(elf, fn)).toEqual(expected);
    }
  });
});

describe('goVersion and isGoBinary', () => {
  it('reads the toolchain version from .go.buildinfo', () => {
    const version = goVersionOfToolchain();
    for (const file of Object.values(binaries)) expect(goVersion(open(file))).toBe(version);
  });

  it('tells Go binaries from others', () => {
    for (const file of Object.values(binaries)) expect(isGoBinary(open(file))).toBe(true);
    const libssl = open(path.join(LIB_DIR, 'libssl.so.3'));
    expect(isGoBinary(libssl)).toBe(false);
    expect(goVersion(libssl)).toBeNull();
  });
});
