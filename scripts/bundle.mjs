// Bundles the entry points into dist/ (the action and the CLI run from there, with no build on
// the runner) and puts the addon beside them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // iced-x86 loads its .wasm from its own directory: resolve it from node_modules at run time.
  external: ['*.node', 'iced-x86'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
const addon = 'native/build/Release/egress_lens.node';
if (existsSync(addon)) copyFileSync(addon, 'dist/egress_lens.node');
