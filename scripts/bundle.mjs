// Bundles the entry points into dist/ (the action and the CLI run from there, with no build on
// the runner) and puts the addon beside them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeBundle } from './esbuild-node.mjs';

const out = process.argv[2] ?? 'dist';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: {
    cli: 'src/cli/bin.ts',
    pre: 'src/action/pre.ts',
    main: 'src/action/main.ts',
    post: 'src/action/post.ts',
  },
  outdir: out,
  // No code splitting: modules find their files (egress.bpf.o, the addon, cli.js) beside import.meta.url.
  ...nodeBundle,
});
const addon = 'native/build/Release/egress_lens.node';
if (existsSync(addon)) copyFileSync(addon, join(out, 'egress_lens.node'));
