// Go binaries: find functions through the runtime's own function table (.gopclntab), which a
// `-ldflags='-s -w'` build keeps, and the RET instructions of a function, where uprobes stand in
// for uretprobes (a uretprobe rewrites the return address on a goroutine stack the runtime may move).
import {
  cString,
  type ElfFile,
  type ElfSymbol,
  findSection,
  findSymbols,
  readBytes,
  SHT_DYNSYM,
  vaddrToFileOffset,
} from './elf.js';
import { x86ReturnOffsets } from './x86.js';

export interface GoFunction {
  name: string;
  entry: number;
  end: number;
}

type PclntabLayout = 'go1.16' | 'go1.18' | 'go1.20';

/** pcHeader magic numbers; Go 1.2–1.15 tables (0xfffffffb) predate the register ABI we read arguments by. */
const PCLNTAB_MAGIC = new Map<number, PclntabLayout>([
  [0xfffffffa, 'go1.16'],
  [0xfffffff0, 'go1.18'],
  [0xfffffff1, 'go1.20'],
]);

interface Pclntab {
  layout: PclntabLayout;
  /** Where the table starts in the file. */
  offset: number;
  size: number;
  functionCount: number;
  /**
   * Base that function entries are relative to: 0 for go1.16, whose entries are absolute; null when
   * the header leaves it zero (Go 1.22+, and unrelocated PIE builds before that).
   */
  textStart: number | null;
  functionNamesOffset: number;
  functionNamesEnd: number;
  functionTableOffset: number;
}

const PCLNTAB_HEADER_SIZE = 8 + 8 * 8;
const POINTER_SIZE = 8;

/** Sections only Go's linker emits: enough to skip the Go lookup for every other file cheaply. */
export function isGoBinary(elf: ElfFile): boolean {
  return elf.sections.some((section) =>
    ['.go.buildinfo', '.gopclntab', '.note.go.buildid'].includes(section.name),
  );
}

export function findGoFunctions(elf: ElfFile, names: string[]): Map<string, GoFunction> {
  const section = findSection(elf, '.gopclntab');
  const pclntab = section && parsePclntabHeader(elf, section.offset, section.size);
  return pclntab ? functionsFromPclntab(elf, pclntab, names) : functionsFromSymbolTable(elf, names);
}

function functionsFromSymbolTable(elf: ElfFile, names: string[]): Map<string, GoFunction> {
  const functions = new Map<string, GoFunction>();
  for (const [name, symbol] of findSymbols(elf, names)) {
    functions.set(name, { name, entry: symbol.vaddr, end: symbol.vaddr + symbol.size });
  }
  return functions;
}

function parsePclntabHeader(elf: ElfFile, offset: number, size: number): Pclntab | null {
  const header = readBytes(elf, offset, Math.min(PCLNTAB_HEADER_SIZE, size));
  if (!header || header.length < PCLNTAB_HEADER_SIZE) return null;
  const layout = PCLNTAB_MAGIC.get(header.readUInt32LE(0));
  if (!layout || header[7] !== POINTER_SIZE) return null;
  const word = (index: number): number => Number(header.readBigUInt64LE(8 + index * POINTER_SIZE));
  // go1.18 added textStart after nfiles, shifting every later field by one word.
  const shift = layout === 'go1.16' ? 0 : 1;
  const pclntab: Pclntab = {
    layout,
    offset,
    size,
    functionCount: word(0),
    textStart: layout === 'go1.16' ? 0 : word(2) || null,
    functionNamesOffset: word(2 + shift),
    functionNamesEnd: word(3 + shift),
    functionTableOffset: word(6 + shift),
  };
  const inTable = (at: number): boolean => at > 0 && at <= size;
  const valid =
    inTable(pclntab.functionNamesOffset) &&
    inTable(pclntab.functionNamesEnd) &&
    pclntab.functionNamesOffset <= pclntab.functionNamesEnd &&
    inTable(pclntab.functionTableOffset);
  return valid ? pclntab : null;
}

/** Go functions that externally linked (cgo) binaries export in `.dynsym`. */
const CGO_EXPORTS = ['crosscall2', '_cgo_topofstack'];

function functionsFromPclntab(elf: ElfFile, pclntab: Pclntab, names: string[]): Map<string, GoFunction> {
  // Without textStart in the header, an exported Go function's address anchors the relative entries;
  // failing that (internal linking, where runtime.text opens .text), the .text section does.
  const anchors: Map<string, ElfSymbol> =
    pclntab.textStart === null ? findSymbols(elf, CGO_EXPORTS, [SHT_DYNSYM]) : new Map();
  const relative = relativeFunctions(elf, pclntab, [...names, ...anchors.keys()]);
  if (![...relative.keys()].some((name) => names.includes(name))) return new Map();
  let textStart = pclntab.textStart ?? findSection(elf, '.text')?.vaddr ?? null;
  for (const [name, symbol] of anchors) {
    const anchor = relative.get(name);
    if (anchor) textStart = symbol.vaddr - anchor.entry;
  }
  const functions = new Map<string, GoFunction>();
  for (const name of names) {
    const fn = relative.get(name);
    if (fn && textStart !== null) {
      functions.set(name, { name, entry: textStart + fn.entry, end: textStart + fn.end });
    }
  }
  return functions;
}

/** Functions by name with entry and end as stored in the table (relative to textStart after go1.16). */
function relativeFunctions(elf: ElfFile, pclntab: Pclntab, names: string[]): Map<string, GoFunction> {
  const functions = new Map<string, GoFunction>();
  const functionNames = readBytes(
    elf,
    pclntab.offset + pclntab.functionNamesOffset,
    pclntab.functionNamesEnd - pclntab.functionNamesOffset,
  );
  if (!functionNames) return functions;
  // Search the names first: a Go binary without them never reads its function table.
  const nameAt = new Map<number, string>();
  for (const name of names) {
    const needle = Buffer.from(`${name}\0`, 'latin1');
    for (let at = functionNames.indexOf(needle); at >= 0; at = functionNames.indexOf(needle, at + 1)) {
      if (at === 0 || functionNames[at - 1] === 0) nameAt.set(at, name);
    }
  }
  if (nameAt.size === 0) return functions;

  const start = pclntab.offset + pclntab.functionTableOffset;
  const size = pclntab.size - pclntab.functionTableOffset;
  // functab holds (entry, offset of _func) pairs plus a final entry: the end of the last function.
  const fieldSize = pclntab.layout === 'go1.16' ? POINTER_SIZE : 4;
  const count = Math.min(pclntab.functionCount, Math.floor((size / fieldSize - 1) / 2));
  const functab = count > 0 ? readBytes(elf, start, (2 * count + 1) * fieldSize) : null;
  if (!functab) return functions;
  const field = (index: number): number =>
    fieldSize === 4 ? functab.readUInt32LE(index * 4) : Number(functab.readBigUInt64LE(index * 8));
  // _func starts with its entry (a pointer in go1.16, a 32-bit offset later), then nameOff.
  const nameOffsetField = pclntab.layout === 'go1.16' ? POINTER_SIZE : 4;
  const found = (index: number, name: string): void => {
    functions.set(name, { name, entry: field(2 * index), end: field(2 * index + 2) });
  };

  // The linker numbers names in function order: bisection finds a function in a few small reads,
  // where reading every _func (a megabyte in a small program) cost most of a Go binary's hold.
  for (const [offset, name] of nameAt) {
    for (let low = 0, high = count - 1; low <= high && !functions.has(name);) {
      const middle = (low + high) >>> 1;
      const at = field(2 * middle + 1) + nameOffsetField;
      const bytes = at + 4 <= size ? readBytes(elf, start + at, 4) : null;
      if (!bytes) break;
      const nameOffset = bytes.readInt32LE(0);
      if (nameOffset === offset) found(middle, name);
      else if (nameOffset < offset) low = middle + 1;
      else high = middle - 1;
    }
  }
  if ([...nameAt.values()].every((name) => functions.has(name))) return functions;

  // Out of order, or a name that only inlined code has: look at every _func.
  const table = readBytes(elf, start, size);
  if (!table) return functions;
  for (let i = 0; i < count; i++) {
    const at = field(2 * i + 1) + nameOffsetField;
    if (at + 4 > table.length) continue;
    const name = nameAt.get(table.readInt32LE(at));
    if (name !== undefined && !functions.has(name)) found(i, name);
  }
  return functions;
}

const BUILD_INFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const BUILD_INFO_INLINE_STRINGS = 0x2;
const BUILD_INFO_BIG_ENDIAN = 0x1;

/** The Go version that built the file, from `.go.buildinfo`. */
export function goVersion(elf: ElfFile): string | null {
  const section = findSection(elf, '.go.buildinfo');
  const header = section && readBytes(elf, section.offset, Math.min(section.size, 64));
  if (!header || header.length < 32 || !header.subarray(0, 14).equals(BUILD_INFO_MAGIC)) return null;
  const pointerSize = header[14];
  const flags = header[15]!;
  if (flags & BUILD_INFO_BIG_ENDIAN || pointerSize !== POINTER_SIZE) return null;
  if (flags & BUILD_INFO_INLINE_STRINGS) {
    // Go 1.18+: a uvarint length and the bytes, right after the 32-byte header.
    const length = header[32];
    if (length === undefined || length >= 0x80) return null;
    const bytes = readBytes(elf, section.offset + 33, length);
    return bytes ? bytes.toString('latin1') : null;
  }
  // Before Go 1.18: a pointer to a Go string header (data pointer, length).
  const stringHeader = readAtVaddr(elf, Number(header.readBigUInt64LE(16)), 16);
  if (!stringHeader) return null;
  const length = Number(stringHeader.readBigUInt64LE(8));
  const bytes = length <= 64 ? readAtVaddr(elf, Number(stringHeader.readBigUInt64LE(0)), length) : null;
  return bytes ? cString(Buffer.concat([bytes, Buffer.alloc(1)]), 0) : null;
}

function readAtVaddr(elf: ElfFile, vaddr: number, length: number): Buffer | null {
  const offset = vaddrToFileOffset(elf, vaddr);
  return offset === null ? null : readBytes(elf, offset, length);
}

const AARCH64_RET_MASK = 0xfffffc1f;
const AARCH64_RET = 0xd65f0000; // RET Xn, any register

/** Far above any real Go function; bounds the work a corrupt function table can cause. */
const MAX_FUNCTION_SIZE = 1 << 20;

/** File offsets of every return instruction of `fn`, in address order. */
export function findReturnOffsets(elf: ElfFile, fn: GoFunction): number[] {
  const size = fn.end - fn.entry;
  const start = vaddrToFileOffset(elf, fn.entry);
  const code = start === null || size <= 0 || size > MAX_FUNCTION_SIZE ? null : readBytes(elf, start, size);
  if (start === null || !code) return [];
  if (elf.machine === 'aarch64') {
    const offsets: number[] = [];
    for (let at = 0; at + 4 <= code.length; at += 4) {
      if ((code.readUInt32LE(at) & AARCH64_RET_MASK) >>> 0 === AARCH64_RET) offsets.push(start + at);
    }
    return offsets;
  }
  if (elf.machine !== 'x86_64') return [];
  // Undecodable code gets no return probes: one inside an instruction would corrupt the program.
  return (x86ReturnOffsets(code) ?? []).map((at) => start + at);
}
