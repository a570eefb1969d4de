// Test support: expected values computed by independent tools (binutils, the Go toolchain), and the
// Go fixture builds. Not a test file itself (vitest collects *.test.ts only).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const run = (command: string, args: string[], env?: NodeJS.ProcessEnv): string =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: env ?? process.env });

export const LIB_DIR = '/usr/lib/x86_64-linux-gnu';

interface LoadSegment {
  offset: number;
  vaddr: number;
  fileSize: number;
}

/** PT_LOAD rows of `readelf -lW`. */
export function readelfLoadSegments(file: string): LoadSegment[] {
  return run('readelf', ['-lW', file])
    .split('\n')
    .filter((line) => line.trim().startsWith('LOAD '))
    .map((line) => {
      const [, offset, vaddr, , fileSize] = line.trim().split(/\s+/);
      return { offset: Number(offset), vaddr: Number(vaddr), fileSize: Number(fileSize) };
    });
}

/** vaddr − segment vaddr + segment offset, with the segments readelf printed. */
export function fileOffsetByReadelf(segments: LoadSegment[], vaddr: number): number {
  const segment = segments.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.fileSize);
  if (!segment) throw new Error(`no PT_LOAD holds 0x${vaddr.toString(16)}`);
  return vaddr - segment.vaddr + segment.offset;
}

/** Defined dynamic text symbols of `nm -D -S`: name (version suffix dropped) → address and size. */
export function nmDynamicFunctions(file: string): Map<string, { vaddr: number; size: number }> {
  const symbols = new Map<string, { vaddr: number; size: number }>();
  for (const line of run('nm', ['-D', '-S', '--defined-only', file]).split('\n')) {
    const match = /^([0-9a-f]+) ([0-9a-f]+) [Tt] ([^@\s]+)/.exec(line);
    if (match && !symbols.has(match[3]!)) {
      symbols.set(match[3]!, { vaddr: parseInt(match[1]!, 16), size: parseInt(match[2]!, 16) });
    }
  }
  return symbols;
}

/** Text symbols of `go tool nm -size -sort address`, in address order. */
export function goNmFunctions(file: string): { name: string; vaddr: number; size: number }[] {
  return run('go', ['tool', 'nm', '-size', '-sort', 'address', file])
    .split('\n')
    .map((line) => /^\s*([0-9a-f]+)\s+(\d+) [Tt] (.+)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ vaddr: parseInt(match[1]!, 16), size: Number(match[2]), name: match[3]! }));
}

/**
 * Where Go function `name` of `file` starts and where the next function starts (its code and the
 * padding after it), by `go tool nm`; `size` is its code alone.
 */
export function goFunctionRange(file: string, name: string): { entry: number; end: number; size: number } {
  const functions = goNmFunctions(file);
  const index = functions.findIndex((fn) => fn.name === name);
  const { vaddr: entry, size } = functions[index]!;
  const end = functions.slice(index + 1).find((fn) => fn.vaddr > entry)!.vaddr;
  return { entry, end, size };
}

/** Addresses of the `ret` lines of `objdump -d` between two addresses. */
export function objdumpReturnAddresses(file: string, start: number, stop: number): number[] {
  const output = run('objdump', [
    '-d',
    `--start-address=0x${start.toString(16)}`,
    `--stop-address=0x${stop.toString(16)}`,
    file,
  ]);
  return output
    .split('\n')
    .map((line) => /^\s*([0-9a-f]+):\t[0-9a-f ]+\t(ret|repz ret|rep ret)\b/.exec(line))
    .filter((match) => match !== null)
    .map((match) => parseInt(match[1]!, 16));
}

/** Instruction addresses of `objdump -d`, per function (symbol) it prints; lines it cannot decode end a function. */
export function objdumpInstructions(file: string): { start: number; addresses: number[] }[] {
  const functions: { start: number; addresses: number[] }[] = [];
  let current: { start: number; addresses: number[] } | undefined;
  let bad = false;
  for (const line of run('objdump', ['-d', '-w', '--no-show-raw-insn', file]).split('\n')) {
    const head = /^([0-9a-f]+) <.*>:$/.exec(line);
    if (head) {
      current = { start: parseInt(head[1]!, 16), addresses: [] };
      functions.push(current);
      bad = false;
      continue;
    }
    const instruction = /^\s*([0-9a-f]+):\t(.*)$/.exec(line);
    if (!current || bad) continue;
    // Data among hand-written code: "(bad)", or "..." for skipped zeros. The rest is not checked.
    if (line.trim() === '...' || instruction?.[2]?.includes('(bad)')) bad = true;
    else if (instruction) current.addresses.push(parseInt(instruction[1]!, 16));
  }
  return functions;
}

/** Instruction addresses of `objdump -D` on raw x86-64 bytes. */
export function objdumpRawInstructions(bytes: Buffer, dir: string): number[] {
  const file = path.join(dir, 'code.bin');
  fs.writeFileSync(file, bytes);
  return run('objdump', ['-D', '-w', '-b', 'binary', '-m', 'i386:x86-64', file])
    .split('\n')
    .map((line) => /^\s*([0-9a-f]+):\t/.exec(line))
    .filter((match) => match !== null)
    .map((match) => parseInt(match[1]!, 16));
}

export function sectionNamesByReadelf(file: string): string[] {
  return run('readelf', ['-SW', file])
    .split('\n')
    .map((line) => /^\s*\[\s*\d+\]\s(\S*)/.exec(line))
    .filter((match) => match !== null)
    .map((match) => (match[1] === 'NULL' ? '' : match[1]!));
}

export type GoBuild =
  'plain' | 'stripped' | 'pie' | 'arm64' | 'arm64-stripped' | 'external-pie' | 'external-pie-stripped';

interface GoBuildSettings {
  flags: string[];
  arch: 'amd64' | 'arm64';
  /** External linking needs cgo (and gcc); every other build is pure Go. */
  cgo: boolean;
}

const GO_BUILDS: Record<GoBuild, GoBuildSettings> = {
  plain: { flags: [], arch: 'amd64', cgo: false },
  stripped: { flags: ['-ldflags=-s -w'], arch: 'amd64', cgo: false },
  pie: { flags: ['-buildmode=pie'], arch: 'amd64', cgo: false },
  arm64: { flags: [], arch: 'arm64', cgo: false },
  'arm64-stripped': { flags: ['-ldflags=-s -w'], arch: 'arm64', cgo: false },
  'external-pie': { flags: ['-buildmode=pie', '-ldflags=-linkmode=external'], arch: 'amd64', cgo: true },
  'external-pie-stripped': {
    flags: ['-buildmode=pie', '-ldflags=-s -w -linkmode=external'],
    arch: 'amd64',
    cgo: true,
  },
};

const TLS_CLIENT_SOURCE = fileURLToPath(new URL('../../test/fixtures/go/tlsclient', import.meta.url));

/** Builds test/fixtures/go/tlsclient into `outDir` (Go's build cache makes repeats cheap). */
export function buildTlsClient(build: GoBuild, outDir: string): string {
  const output = path.join(outDir, `tlsclient-${build}`);
  if (fs.existsSync(output)) return output;
  const { flags, arch, cgo } = GO_BUILDS[build];
  const env = {
    ...process.env,
    GOARCH: arch,
    CGO_ENABLED: cgo ? '1' : '0',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
  };
  execFileSync('go', ['build', ...flags, '-o', output, '.'], { cwd: TLS_CLIENT_SOURCE, env });
  return output;
}

/** Addresses of the RET lines of `go tool objdump` for one function (it reads arm64 too). */
export function goObjdumpReturnAddresses(file: string, name: string): number[] {
  const pattern = `^${name.replace(/[.*()]/g, (c) => `\\${c}`)}$`;
  return run('go', ['tool', 'objdump', '-s', pattern, file])
    .split('\n')
    .map((line) => /\t0x([0-9a-f]+)\t+[0-9a-f]+\t+RET\b/.exec(line))
    .filter((match) => match !== null)
    .map((match) => parseInt(match[1]!, 16));
}

export function goVersionOfToolchain(): string {
  return run('go', ['env', 'GOVERSION']).trim();
}

/**
 * A copy of Go binary `file` at `out` whose function `name` the x86 decoder cannot walk: the last
 * padding byte after its code (an INT3 that never runs) becomes 0x06, no instruction in 64-bit mode.
 * The program still runs as before.
 */
export function withUndecodablePadding(file: string, name: string, out: string): void {
  const { entry, end, size } = goFunctionRange(file, name);
  const last = fileOffsetByReadelf(readelfLoadSegments(file), end) - 1;
  const bytes = fs.readFileSync(file);
  if (end - entry <= size || bytes[last] !== 0xcc) {
    throw new Error(`${name} in ${file} has no INT3 padding after its code`);
  }
  bytes[last] = 0x06;
  fs.writeFileSync(out, bytes, { mode: 0o755 });
}
