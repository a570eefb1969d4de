// dist/ is what the action runs, with no build on the runner: it must be the sources' build, and
// the addon must load on the oldest runner image we support (Ubuntu 22.04: glibc 2.35, GCC 12's libstdc++).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './support/run.js';

const repoRoot = resolve(import.meta.dirname, '..');
const dist = join(repoRoot, 'dist');

/** Highest `PREFIX_x.y.z` symbol version the addon asks for, as numbers. */
function newest(versions: string[], prefix: string): number[] {
  const parsed = versions
    .filter((v) => v.startsWith(`${prefix}_`))
    .map((v) =>
      v
        .slice(prefix.length + 1)
        .split('.')
        .map(Number),
    );
  parsed.sort((a, b) => compare(b, a));
  return parsed[0] ?? [];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe('dist/', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = mkdtempSync(join(tmpdir(), 'el-dist-'));
    const bundled = await runCommand([process.execPath, 'scripts/bundle.mjs', fresh], { cwd: repoRoot });
    expect(bundled.code, bundled.stderr).toBe(0);
    const made = await runCommand(['make', '-C', 'bpf', '-s', `OUT=${fresh}`], { cwd: repoRoot });
    expect(made.code, made.stderr).toBe(0);
  });

  it.each(['cli.js', 'pre.js', 'main.js', 'post.js', 'egress.bpf.o'])(
    '%s is what the sources build (run `node scripts/bundle.mjs` and `make -C bpf`)',
    (file) => {
      expect(readFileSync(join(fresh, file)).equals(readFileSync(join(dist, file)))).toBe(true);
    },
  );

  it('egress_lens.node needs nothing newer than Ubuntu 22.04 has', async () => {
    const symbols = await runCommand(['objdump', '-T', join(dist, 'egress_lens.node')]);
    expect(symbols.code, symbols.stderr).toBe(0);
    const versions = [...new Set(symbols.stdout.match(/\b(?:GLIBC|GLIBCXX|CXXABI)_[0-9.]+/g) ?? [])];
    expect(compare(newest(versions, 'GLIBC'), [2, 35])).toBeLessThanOrEqual(0);
    expect(compare(newest(versions, 'GLIBCXX'), [3, 4, 30])).toBeLessThanOrEqual(0);
    expect(compare(newest(versions, 'CXXABI'), [1, 3, 13])).toBeLessThanOrEqual(0);
    expect(newest(versions, 'GLIBC').length).toBeGreaterThan(0);

    const headers = await runCommand(['objdump', '-p', join(dist, 'egress_lens.node')]);
    const needed = [...headers.stdout.matchAll(/NEEDED\s+(\S+)/g)].map((m) => m[1]);
    // libbpf is linked in: runners ship 0.5 (22.04) and 1.3 (24.04), not the 1.x we build against.
    const onEveryRunner = /^(?:libc|libm|libstdc\+\+|libgcc_s|ld-linux-x86-64|libelf|libz)\.so\.\d+$/;
    expect(needed.filter((library) => !onEveryRunner.test(library ?? ''))).toEqual([]);
  });
});
