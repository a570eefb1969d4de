// `npm run bench [-- --quick]`: builds the benchmark's Go server and client, bundles bench/main.ts
// (as scripts/bundle.mjs bundles the CLI) into bench/work/, and runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/esbuild-node.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const work = join(bench, 'work');
mkdirSync(work, { recursive: true });
for (const [name, dir] of [
  ['server', './server'],
  ['goclient', './client'],
]) {
  execFileSync('go', ['build', '-o', join(work, name), dir], { cwd: join(bench, 'go'), stdio: 'inherit' });
}
await build({
  entryPoints: [join(bench, 'main.ts')],
  outfile: join(work, 'bench.mjs'),
  ...nodeBundle,
});
const result = spawnSync(process.execPath, [join(work, 'bench.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
