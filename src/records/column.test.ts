import { describe, expect, it } from 'vitest';
import { Column } from './column.js';

describe('Column', () => {
  it('keeps what is pushed, across its blocks', () => {
    const column = new Column(Float64Array);
    const values = Array.from({ length: 40_000 }, (_, i) => 1.7e12 + i * 0.5);
    for (const value of values) column.push(value);
    expect(column.length).toBe(values.length);
    expect(values.every((value, i) => column.at(i) === value)).toBe(true);
    column.set(16_384, -1);
    expect([column.at(16_383), column.at(16_384), column.at(16_385)]).toEqual([
      values[16_383],
      -1,
      values[16_385],
    ]);
  });

  it('has no entries beyond what was pushed', () => {
    const column = new Column(Uint8Array);
    expect(() => column.at(0)).toThrow(RangeError);
    column.push(3);
    expect(column.at(0)).toBe(3);
    expect(() => column.at(1)).toThrow(RangeError);
    expect(() => column.set(-1, 0)).toThrow(RangeError);
  });
});
