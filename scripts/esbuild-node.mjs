// The esbuild settings every bundle of ours shares: node ESM, the addon left outside, and a `require`
// for bundled CommonJS.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['*.node'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};
