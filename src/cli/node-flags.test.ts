import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_NODE_FLAGS } from './node-flags.js';

describe('CAPTURE_NODE_FLAGS', () => {
  it('are the flags bin/egress-lens.js starts node with', () => {
    const bin = readFileSync(resolve(import.meta.dirname, '../../bin/egress-lens.js'), 'utf8');
    expect(bin.split('\n')[0]).toBe(`#!/usr/bin/env -S node ${CAPTURE_NODE_FLAGS.join(' ')}`);
  });
});
