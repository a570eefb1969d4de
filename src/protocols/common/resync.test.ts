import { describe, expect, it } from 'vitest';
import { findLineStartPrefix } from './resync.js';

const prefixes = [Buffer.from('GET '), Buffer.from('POST ')];
const find = (text: string, atLineStart: boolean) =>
  findLineStartPrefix(Buffer.from(text), atLineStart, prefixes);

describe('findLineStartPrefix', () => {
  it('finds a prefix at a line start only', () => {
    expect(find('xx GET /\nPOST /', false)).toEqual({ index: 9, partial: false });
    expect(find('GET /', true)).toEqual({ index: 0, partial: false });
    expect(find('GET /\nGET /', false)).toEqual({ index: 6, partial: false });
  });

  it('reports a prefix cut by the end of the buffer as partial', () => {
    expect(find('junk\nPO', false)).toEqual({ index: 5, partial: true });
    expect(find('junk\r\n', false)).toEqual({ index: 6, partial: true });
    expect(find('', true)).toEqual({ index: 0, partial: true });
  });

  it('finds nothing when no line start can begin a prefix', () => {
    expect(find('junk\nmore junk', false)).toBeUndefined();
    expect(find('GET /', false)).toBeUndefined();
    expect(find('', false)).toBeUndefined();
  });
});
