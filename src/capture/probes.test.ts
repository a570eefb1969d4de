import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { librariesBeside } from './probes.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probes-test-'));
  for (const name of [
    '_ssl.cpython-311-x86_64-linux-gnu.so',
    'libz.so.1',
    'README.txt',
    'libsodium.so.23.3.0',
  ]) {
    fs.writeFileSync(path.join(dir, name), '');
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('librariesBeside', () => {
  it('lists the other libraries of a mapped library’s directory, once', () => {
    const listed = new Set<string>();
    const mapped = path.join(dir, 'libz.so.1');
    const found = librariesBeside(process.pid, mapped, listed);
    expect(found.map((file) => file.displayPath).sort()).toEqual(
      ['_ssl.cpython-311-x86_64-linux-gnu.so', 'libsodium.so.23.3.0', 'libz.so.1'].map((name) =>
        path.join(dir, name),
      ),
    );
    for (const file of found) expect(fs.existsSync(file.openPath)).toBe(true);
    expect(librariesBeside(process.pid, mapped, listed)).toEqual([]);
  });

  it('leaves alone what is not a library (an executable memfd, a program) and processes gone', () => {
    expect(librariesBeside(process.pid, '/memfd:jit (deleted)', new Set())).toEqual([]);
    expect(librariesBeside(process.pid, path.join(dir, 'README.txt'), new Set())).toEqual([]);
    expect(librariesBeside(2 ** 22 + 1, path.join(dir, 'libz.so.1'), new Set())).toEqual([]);
  });
});
