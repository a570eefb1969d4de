// Minimal reader for 64-bit little-endian ELF files (x86-64 and aarch64), built for speed on big
// files: it reads headers once and then only the byte ranges a caller asks for, with positional
// reads on one descriptor, never the whole file. Malformed, truncated or unsupported input yields null or empty
// results, never an exception: it runs on arbitrary executables while their process is held stopped.
import fs from 'node:fs';

export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  vaddr: number;
  offset: number;
  size: number;
  /** Index of the associated section, e.g. the string table of a symbol table. */
  link: number;
  entrySize: number;
}

export interface ElfSegment {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  fileSize: number;
  memSize: number;
}

export interface ElfFile {
  path: string;
  /** Open until closeElf: one open per file, not one per read (opening /proc/PID/fd/N is not cheap). */
  fd: number;
  fileSize: number;
  machine: 'x86_64' | 'aarch64' | 'other';
  type: 'exec' | 'dyn' | 'other';
  sections: ElfSection[];
  segments: ElfSegment[];
}

export interface ElfSymbol {
  vaddr: number;
  size: number;
}

export const SHT_SYMTAB = 2;
export const SHT_NOBITS = 8;
export const SHT_DYNSYM = 11;
export const SHT_GNU_HASH = 0x6ffffff6;
export const PT_LOAD = 1;

const ELF_HEADER_SIZE = 64;
const PROGRAM_HEADER_SIZE = 56;
const SECTION_HEADER_SIZE = 64;
const SYMBOL_SIZE = 24;
const ELFCLASS64 = 2;
const ELFDATA2LSB = 1;
const ET_EXEC = 2;
const ET_DYN = 3;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const STT_FUNC = 2;
const SHN_UNDEF = 0;
/** Marks e_shstrndx values too big for the header: the real index is in section 0's sh_link. */
const SHN_XINDEX = 0xffff;

/**
 * Reads `length` bytes at `offset`. Null when the range is not entirely inside the file or the file
 * cannot be read (deleted, permissions): callers treat both as "not found".
 */
export function readBytes(
  elf: Pick<ElfFile, 'fd' | 'fileSize'>,
  offset: number,
  length: number,
): Buffer | null {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) return null;
  if (offset + length > elf.fileSize) return null;
  try {
    return readFully(elf.fd, offset, length);
  } catch {
    return null;
  }
}

function readFully(fd: number, offset: number, length: number): Buffer | null {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const got = fs.readSync(fd, buffer, done, length - done, offset + done);
    if (got === 0) return null;
    done += got;
  }
  return buffer;
}

/** 64-bit fields as numbers: anything past 2^53 is garbage for our purposes and fails bounds checks. */
function u64(buffer: Buffer, offset: number): number {
  return Number(buffer.readBigUInt64LE(offset));
}

/** The file's headers, and its descriptor kept open for later reads: close it with closeElf. */
export function openElf(path: string): ElfFile | null {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch {
    return null;
  }
  let elf: ElfFile | null = null;
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFile()) elf = parseHeaders(fd, path, stat.size);
  } catch {
    // Unreadable: not a file we can use.
  }
  if (!elf) fs.closeSync(fd);
  return elf;
}

export function closeElf(elf: ElfFile): void {
  fs.closeSync(elf.fd);
}

function parseHeaders(fd: number, path: string, fileSize: number): ElfFile | null {
  if (fileSize < ELF_HEADER_SIZE) return null;
  const header = readFully(fd, 0, ELF_HEADER_SIZE);
  if (!header || header.readUInt32BE(0) !== 0x7f454c46) return null;
  if (header[4] !== ELFCLASS64 || header[5] !== ELFDATA2LSB) return null;

  const inFile = (offset: number, length: number): boolean => offset >= 0 && offset + length <= fileSize;
  const typeCode = header.readUInt16LE(16);
  const machineCode = header.readUInt16LE(18);
  const programHeaderOffset = u64(header, 32);
  const sectionHeaderOffset = u64(header, 40);
  const programHeaderEntrySize = header.readUInt16LE(54);
  const programHeaderCount = header.readUInt16LE(56);
  const sectionHeaderEntrySize = header.readUInt16LE(58);
  let sectionCount = header.readUInt16LE(60);
  let sectionNamesIndex = header.readUInt16LE(62);

  const segments: ElfSegment[] = [];
  if (programHeaderCount > 0) {
    const length = programHeaderEntrySize * programHeaderCount;
    if (programHeaderEntrySize < PROGRAM_HEADER_SIZE || !inFile(programHeaderOffset, length)) return null;
    const table = readFully(fd, programHeaderOffset, length);
    if (!table) return null;
    for (let i = 0; i < programHeaderCount; i++) {
      const at = i * programHeaderEntrySize;
      segments.push({
        type: table.readUInt32LE(at),
        flags: table.readUInt32LE(at + 4),
        offset: u64(table, at + 8),
        vaddr: u64(table, at + 16),
        fileSize: u64(table, at + 32),
        memSize: u64(table, at + 40),
      });
    }
  }

  const sections: ElfSection[] = [];
  if (sectionHeaderOffset !== 0) {
    if (sectionHeaderEntrySize < SECTION_HEADER_SIZE || !inFile(sectionHeaderOffset, SECTION_HEADER_SIZE)) {
      return null;
    }
    // Files with 0xff00 or more sections keep the real count and names index in section 0.
    const first = readFully(fd, sectionHeaderOffset, SECTION_HEADER_SIZE);
    if (!first) return null;
    if (sectionCount === 0) sectionCount = u64(first, 32);
    if (sectionNamesIndex === SHN_XINDEX) sectionNamesIndex = first.readUInt32LE(40);
    const length = sectionHeaderEntrySize * sectionCount;
    if (!inFile(sectionHeaderOffset, length)) return null;
    const table = readFully(fd, sectionHeaderOffset, length);
    if (!table) return null;
    const headers = [];
    for (let i = 0; i < sectionCount; i++) {
      const at = i * sectionHeaderEntrySize;
      headers.push({
        nameOffset: table.readUInt32LE(at),
        type: table.readUInt32LE(at + 4),
        flags: u64(table, at + 8),
        vaddr: u64(table, at + 16),
        offset: u64(table, at + 24),
        size: u64(table, at + 32),
        link: table.readUInt32LE(at + 40),
        entrySize: u64(table, at + 56),
      });
    }
    const namesHeader = headers[sectionNamesIndex];
    const names =
      namesHeader && namesHeader.type !== SHT_NOBITS && inFile(namesHeader.offset, namesHeader.size)
        ? readFully(fd, namesHeader.offset, namesHeader.size)
        : null;
    for (const { nameOffset, ...section } of headers) {
      sections.push({ name: names ? cString(names, nameOffset) : '', ...section });
    }
  }

  return {
    path,
    fd,
    fileSize,
    machine: machineCode === EM_X86_64 ? 'x86_64' : machineCode === EM_AARCH64 ? 'aarch64' : 'other',
    type: typeCode === ET_EXEC ? 'exec' : typeCode === ET_DYN ? 'dyn' : 'other',
    sections,
    segments,
  };
}

/** The NUL-terminated string at `offset`, or '' when it is out of range or unterminated. */
export function cString(buffer: Buffer, offset: number): string {
  if (offset < 0 || offset >= buffer.length) return '';
  const end = buffer.indexOf(0, offset);
  return end < 0 ? '' : buffer.toString('latin1', offset, end);
}

export function findSection(elf: ElfFile, name: string): ElfSection | undefined {
  return elf.sections.find((section) => section.name === name);
}

/** A section's bytes; null for sections without file content or lying past the end of the file. */
export function readSection(elf: ElfFile, section: ElfSection): Buffer | null {
  if (section.type === SHT_NOBITS) return null;
  return readBytes(elf, section.offset, section.size);
}

/**
 * Defined function symbols by exact name, from `.dynsym` first and then `.symtab` for names still
 * missing (or from the symbol table types given). A table with a GNU hash table is searched through
 * it: a few small reads, even among node's 75,000 exports. Otherwise the string table is searched
 * first, so a file without the names costs one read per table and no symbol scan.
 */
export function findSymbols(
  elf: ElfFile,
  names: string[],
  tableTypes: number[] = [SHT_DYNSYM, SHT_SYMTAB],
): Map<string, ElfSymbol> {
  const found = new Map<string, ElfSymbol>();
  for (const tableType of tableTypes) {
    for (const [index, table] of elf.sections.entries()) {
      const missing = names.filter((name) => !found.has(name));
      const strings = elf.sections[table.link];
      if (table.type !== tableType || missing.length === 0 || !strings || table.entrySize < SYMBOL_SIZE) {
        continue;
      }
      const hash = elf.sections.find((section) => section.type === SHT_GNU_HASH && section.link === index);
      if (hash) lookupByGnuHash(elf, { table, strings, hash }, missing, found);
      else scanSymbols(elf, { table, strings }, missing, found);
    }
  }
  return found;
}

interface SymbolTable {
  table: ElfSection;
  strings: ElfSection;
}

/** Records the symbol at `index` if it is a defined function named `name`. */
function considerSymbol(
  elf: ElfFile,
  { table, strings }: SymbolTable,
  index: number,
  name: string,
  found: Map<string, ElfSymbol>,
): void {
  const symbol = readBytes(elf, table.offset + index * table.entrySize, SYMBOL_SIZE);
  if (!symbol || (symbol[4]! & 0xf) !== STT_FUNC || symbol.readUInt16LE(6) === SHN_UNDEF) return;
  const nameOffset = symbol.readUInt32LE(0);
  if (nameOffset + name.length + 1 > strings.size) return;
  const storedName = readBytes(elf, strings.offset + nameOffset, name.length + 1);
  if (storedName?.equals(Buffer.from(`${name}\0`, 'latin1'))) {
    found.set(name, { vaddr: u64(symbol, 8), size: u64(symbol, 16) });
  }
}

/** The hash function of GNU hash tables (DJB's: h * 33 + c, in 32 bits). */
function gnuHash(name: string): number {
  let hash = 5381;
  for (let i = 0; i < name.length; i++) hash = (hash * 33 + name.charCodeAt(i)) >>> 0;
  return hash;
}

function lookupByGnuHash(
  elf: ElfFile,
  symbols: SymbolTable & { hash: ElfSection },
  names: string[],
  found: Map<string, ElfSymbol>,
): void {
  const { hash } = symbols;
  const header = readBytes(elf, hash.offset, 16);
  if (!header) return;
  const bucketCount = header.readUInt32LE(0);
  const firstHashedSymbol = header.readUInt32LE(4);
  const bloomWords = header.readUInt32LE(8);
  const bloomShift = header.readUInt32LE(12);
  if (bucketCount === 0 || bloomWords === 0) return;
  const bucketsOffset = hash.offset + 16 + 8 * bloomWords;
  const chainOffset = bucketsOffset + 4 * bucketCount;
  const chainEnd = hash.offset + hash.size;
  const symbolCount = Math.floor(symbols.table.size / symbols.table.entrySize);
  const word32 = (offset: number): number | null => {
    const bytes = offset + 4 <= chainEnd ? readBytes(elf, offset, 4) : null;
    return bytes ? bytes.readUInt32LE(0) : null;
  };
  for (const name of names) {
    const h = gnuHash(name);
    // The Bloom filter rejects most absent names with one read.
    const bloom = readBytes(elf, hash.offset + 16 + 8 * (Math.floor(h / 64) % bloomWords), 8);
    if (!bloom) return;
    const bloomWord = bloom.readBigUInt64LE(0);
    const bits = (1n << BigInt(h % 64)) | (1n << BigInt((h >>> bloomShift) % 64));
    if ((bloomWord & bits) !== bits) continue;
    const bucket = word32(bucketsOffset + 4 * (h % bucketCount));
    if (bucket === null || bucket < firstHashedSymbol) continue;
    // A chain holds the hashes of consecutive symbols; the low bit marks its last entry.
    for (let index = bucket; index < symbolCount; index++) {
      const chainHash = word32(chainOffset + 4 * (index - firstHashedSymbol));
      if (chainHash === null) break;
      if ((chainHash | 1) === (h | 1)) considerSymbol(elf, symbols, index, name, found);
      if (found.has(name) || chainHash & 1) break;
    }
  }
}

/**
 * Every occurrence of a name in the string table counts because linkers merge string tails
 * ("SSL_read" may start inside "XSSL_read").
 */
function scanSymbols(
  elf: ElfFile,
  { table, strings }: SymbolTable,
  names: string[],
  found: Map<string, ElfSymbol>,
): void {
  const stringBytes = readSection(elf, strings);
  if (!stringBytes) return;
  const nameAt = new Map<number, string>();
  for (const name of names) {
    const needle = Buffer.from(`${name}\0`, 'latin1');
    for (let at = stringBytes.indexOf(needle); at >= 0; at = stringBytes.indexOf(needle, at + 1)) {
      nameAt.set(at, name);
    }
  }
  if (nameAt.size === 0) return;
  const symbolBytes = readSection(elf, table);
  if (!symbolBytes) return;
  for (let at = 0; at + SYMBOL_SIZE <= symbolBytes.length; at += table.entrySize) {
    const name = nameAt.get(symbolBytes.readUInt32LE(at));
    if (name === undefined || found.has(name)) continue;
    const isFunction = (symbolBytes[at + 4]! & 0xf) === STT_FUNC;
    const isDefined = symbolBytes.readUInt16LE(at + 6) !== SHN_UNDEF;
    if (isFunction && isDefined)
      found.set(name, { vaddr: u64(symbolBytes, at + 8), size: u64(symbolBytes, at + 16) });
  }
}

/** The file offset where the byte at `vaddr` is stored, through the PT_LOAD segment holding it. */
export function vaddrToFileOffset(elf: ElfFile, vaddr: number): number | null {
  for (const segment of elf.segments) {
    if (segment.type !== PT_LOAD) continue;
    if (vaddr >= segment.vaddr && vaddr < segment.vaddr + segment.fileSize) {
      return vaddr - segment.vaddr + segment.offset;
    }
  }
  return null;
}
