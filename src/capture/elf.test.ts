import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSection, findSymbols, openElf, readSection, vaddrToFileOffset } from './elf.js';
import {
  buildTlsClient,
  fileOffsetByReadelf,
  goNmFunctions,
  LIB_DIR,
  nmDynamicFunctions,
  readelfLoadSegments,
  sectionNamesByReadelf,
} from './elf-tools.test-helper.js';

const LIBSSL = path.join(LIB_DIR, 'libssl.so.3');
const LIBGNUTLS = path.join(LIB_DIR, 'libgnutls.so.30');
const OPENSSL_FUNCTIONS = ['SSL_write', 'SSL_read', 'SSL_write_ex', 'SSL_read_ex'];

let tempDir: string;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elf-test-'));
});
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** findSymbols + vaddrToFileOffset against nm -D + readelf -lW. */
function expectDynamicFunctionsMatchTools(file: string, names: string[]): void {
  const elf = openElf(file);
  expect(elf).not.toBeNull();
  const found = findSymbols(elf!, names);
  const byNm = nmDynamicFunctions(file);
  const segments = readelfLoadSegments(file);
  expect([...found.keys()].sort()).toEqual([...names].sort());
  for (const name of names) {
    const expected = byNm.get(name)!;
    expect(found.get(name)).toEqual(expected);
    expect(vaddrToFileOffset(elf!, expected.vaddr)).toBe(fileOffsetByReadelf(segments, expected.vaddr));
  }
}

describe('openElf', () => {
  it('reads the header, segments and section names of libssl', () => {
    const elf = openElf(LIBSSL)!;
    expect(elf.machine).toBe('x86_64');
    expect(elf.type).toBe('dyn');
    expect(elf.fileSize).toBe(fs.statSync(LIBSSL).size);
    expect(elf.sections.map((section) => section.name)).toEqual(sectionNamesByReadelf(LIBSSL));
    const loads = elf.segments.filter((segment) => segment.type === 1);
    expect(loads.map(({ offset, vaddr, fileSize }) => ({ offset, vaddr, fileSize }))).toEqual(
      readelfLoadSegments(LIBSSL),
    );
  });

  it('reads a section by its header', () => {
    const elf = openElf(LIBSSL)!;
    const dynstr = findSection(elf, '.dynstr')!;
    const bytes = readSection(elf, dynstr)!;
    expect(bytes.length).toBe(dynstr.size);
    expect(bytes.includes('SSL_write\0')).toBe(true);
  });

  it('returns null for a text file, an empty file, a directory and a missing file', () => {
    const text = path.join(tempDir, 'notes.txt');
    fs.writeFileSync(text, 'hello, this is not an ELF file\n'.repeat(10));
    const empty = path.join(tempDir, 'empty');
    fs.writeFileSync(empty, '');
    expect(openElf(text)).toBeNull();
    expect(openElf(empty)).toBeNull();
    expect(openElf(tempDir)).toBeNull();
    expect(openElf(path.join(tempDir, 'missing'))).toBeNull();
  });

  it('returns null for an ELF cut before its program or section headers', () => {
    const original = fs.readFileSync(LIBSSL);
    for (const length of [4, 63, 64, 4096, Math.floor(original.length / 2), original.length - 1]) {
      const truncated = path.join(tempDir, `truncated-${length}`);
      fs.writeFileSync(truncated, original.subarray(0, length));
      expect(openElf(truncated), `cut at ${length}`).toBeNull();
    }
  });

  it('returns null for 32-bit and big-endian ELF files', () => {
    const original = fs.readFileSync('/bin/true');
    for (const [index, value] of [
      [4, 1], // ELFCLASS32
      [5, 2], // ELFDATA2MSB
    ] as const) {
      const changed = Buffer.from(original);
      changed[index] = value;
      const file = path.join(tempDir, `ident-${index}`);
      fs.writeFileSync(file, changed);
      expect(openElf(file)).toBeNull();
    }
  });
});

describe('findSymbols', () => {
  it('finds the OpenSSL functions of libssl where nm -D and readelf -lW put them', () => {
    expectDynamicFunctionsMatchTools(LIBSSL, OPENSSL_FUNCTIONS);
  });

  it('finds the GnuTLS record functions of libgnutls', () => {
    expectDynamicFunctionsMatchTools(LIBGNUTLS, ['gnutls_record_send', 'gnutls_record_recv']);
  });

  it("finds node's statically linked OpenSSL in its exports", () => {
    expectDynamicFunctionsMatchTools('/usr/bin/node', OPENSSL_FUNCTIONS);
  });

  it('returns nothing for names a file lacks or only imports', () => {
    const libc = openElf(path.join(LIB_DIR, 'libc.so.6'))!;
    expect(findSymbols(libc, OPENSSL_FUNCTIONS).size).toBe(0);
    // curl-like importers are not targets: libssl imports (undefined) libcrypto functions.
    const libssl = openElf(LIBSSL)!;
    expect(findSymbols(libssl, ['EVP_CIPHER_CTX_new', 'SSL_write']).size).toBe(1);
    expect(nmDynamicFunctions(LIBSSL).has('EVP_CIPHER_CTX_new')).toBe(false);
  });

  it('falls back to .symtab, without a hash table, for functions that are not exported', () => {
    const goBinary = buildTlsClient('plain', tempDir);
    const elf = openElf(goBinary)!;
    expect(elf.sections.some((section) => section.type === 11)).toBe(false); // no .dynsym at all
    const names = ['crypto/tls.(*Conn).Write', 'crypto/tls.(*Conn).Read', 'runtime.main'];
    const found = findSymbols(elf, names);
    const byGoNm = new Map(goNmFunctions(goBinary).map(({ name, vaddr, size }) => [name, { vaddr, size }]));
    for (const name of names) expect(found.get(name)).toEqual(byGoNm.get(name));
  });
});

describe('vaddrToFileOffset', () => {
  it('maps through PT_LOAD segments and rejects addresses outside their file contents', () => {
    const elf = openElf(LIBSSL)!;
    const segments = readelfLoadSegments(LIBSSL);
    const last = segments[segments.length - 1]!;
    expect(vaddrToFileOffset(elf, last.vaddr)).toBe(last.offset);
    expect(vaddrToFileOffset(elf, last.vaddr + last.fileSize - 1)).toBe(last.offset + last.fileSize - 1);
    expect(vaddrToFileOffset(elf, last.vaddr + last.fileSize + 0x100000)).toBeNull();
  });
});
