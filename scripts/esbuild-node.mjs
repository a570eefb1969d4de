// The esbuild settings every bundle of ours shares: node ESM, the addon and iced-x86 left outside
// (iced-x86 loads its .wasm from its own directory), and a `require` for bundled CommonJS.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['*.node', 'iced-x86'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};
