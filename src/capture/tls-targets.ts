// Decides whether a file carries a TLS library we probe and where the uprobes go (file offsets).
// It runs while a freshly exec'd process is held stopped, so a negative answer must be cheap: a few
// header reads and a string-table search, never a scan of the whole file.
import {
  type ElfFile,
  type ElfSymbol,
  closeElf,
  findSymbols,
  openElf,
  SHT_DYNSYM,
  SHT_SYMTAB,
  vaddrToFileOffset,
} from './elf.js';
import { findGoFunctions, findReturnOffsets, goVersion, isGoBinary } from './golang.js';

export type TlsLibrary = 'openssl' | 'gnutls' | 'go';

export interface ProbePoint {
  symbol: string;
  /** File offset for the uprobe. */
  offset: number;
  /** `return` is a uretprobe attached at the entry offset; `ret-insn` a uprobe on one RET instruction. */
  at: 'entry' | 'return' | 'ret-insn';
}

export interface TlsTarget {
  library: TlsLibrary;
  path: string;
  probes: ProbePoint[];
  goVersion?: string;
  /** Functions of the library found but not probed, and why: said in the report, never silent. */
  unprobed?: string[];
}

interface CLibrary {
  library: TlsLibrary;
  functions: string[];
  /** A file qualifies when it defines at least one of these. */
  required: string[];
}

// Also BoringSSL and static copies such as the one node exports from its executable.
const OPENSSL: CLibrary = {
  library: 'openssl',
  functions: ['SSL_write', 'SSL_read', 'SSL_write_ex', 'SSL_read_ex'],
  required: ['SSL_write', 'SSL_read'],
};

const GNUTLS: CLibrary = {
  library: 'gnutls',
  functions: ['gnutls_record_send', 'gnutls_record_recv'],
  required: ['gnutls_record_send', 'gnutls_record_recv'],
};

export const GO_TLS_FUNCTIONS = ['crypto/tls.(*Conn).Write', 'crypto/tls.(*Conn).Read'];

const C_LIBRARIES = [OPENSSL, GNUTLS];
const C_FUNCTIONS = C_LIBRARIES.flatMap((library) => library.functions);

export function inspectFile(path: string): TlsTarget | null {
  const elf = openElf(path);
  if (!elf) return null;
  try {
    return inspectElf(elf);
  } finally {
    closeElf(elf);
  }
}

function inspectElf(elf: ElfFile): TlsTarget | null {
  if (elf.machine === 'other' || elf.type === 'other') return null;
  const goTarget = isGoBinary(elf) ? inspectGo(elf) : null;
  if (goTarget && goTarget.probes.length > 0) return goTarget;
  // Exports answer through the hash table in well under a millisecond; only when they do not
  // qualify is .symtab read (once for both libraries: in unstripped files it can be tens of MB).
  const exported = findSymbols(elf, C_FUNCTIONS, [SHT_DYNSYM]);
  const symbols = C_LIBRARIES.some((library) => qualifies(library, exported))
    ? exported
    : new Map([
        ...findSymbols(
          elf,
          C_FUNCTIONS.filter((name) => !exported.has(name)),
          [SHT_SYMTAB],
        ),
        ...exported,
      ]);
  const library = C_LIBRARIES.find((candidate) => qualifies(candidate, symbols));
  return (library ? cLibraryTarget(elf, library, symbols) : null) ?? goTarget;
}

function qualifies({ required }: CLibrary, symbols: Map<string, ElfSymbol>): boolean {
  return required.some((name) => symbols.has(name));
}

function cLibraryTarget(
  elf: ElfFile,
  { library, functions }: CLibrary,
  symbols: Map<string, ElfSymbol>,
): TlsTarget | null {
  const probes: ProbePoint[] = [];
  for (const name of functions) {
    const symbol = symbols.get(name);
    const offset = symbol ? vaddrToFileOffset(elf, symbol.vaddr) : null;
    if (offset === null) continue;
    probes.push({ symbol: name, offset, at: 'entry' }, { symbol: name, offset, at: 'return' });
  }
  return probes.length > 0 ? { library, path: elf.path, probes } : null;
}

function inspectGo(elf: ElfFile): TlsTarget | null {
  const functions = findGoFunctions(elf, GO_TLS_FUNCTIONS);
  const probes: ProbePoint[] = [];
  const unprobed: string[] = [];
  for (const name of GO_TLS_FUNCTIONS) {
    const fn = functions.get(name);
    const entry = fn ? vaddrToFileOffset(elf, fn.entry) : null;
    if (!fn || entry === null) continue;
    const returns = findReturnOffsets(elf, fn);
    // An entry probe alone would leave a call in progress behind on every return (a map entry per
    // goroutine, never removed), and Read's plaintext is only there on return.
    if (returns.length === 0) {
      unprobed.push(`${name}: no return instruction could be decoded, so its plaintext is not read`);
      continue;
    }
    probes.push({ symbol: name, offset: entry, at: 'entry' });
    for (const offset of returns) probes.push({ symbol: name, offset, at: 'ret-insn' });
  }
  if (probes.length === 0 && unprobed.length === 0) return null;
  const version = goVersion(elf);
  return {
    library: 'go',
    path: elf.path,
    probes,
    ...(version ? { goVersion: version } : {}),
    ...(unprobed.length > 0 ? { unprobed } : {}),
  };
}
