import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteQueue } from './byte-queue.js';

describe('ByteQueue', () => {
  it('keeps bytes in order with the timestamp of the push that brought each', () => {
    const queue = new ByteQueue();
    queue.append(Buffer.from('ab'), 10);
    queue.append(Buffer.from('cde'), 20);
    queue.append(Buffer.alloc(0), 25);
    queue.append(Buffer.from('f'), 30);
    expect(queue.view().toString()).toBe('abcdef');
    expect([0, 1, 2, 4, 5].map((index) => queue.tsAt(index))).toEqual([10, 10, 20, 20, 30]);
    queue.consume(3);
    expect(queue.view().toString()).toBe('def');
    expect([0, 1, 2].map((index) => queue.tsAt(index))).toEqual([20, 20, 30]);
    queue.clear();
    expect(queue.length).toBe(0);
    expect(() => queue.tsAt(0)).toThrow(RangeError);
  });

  it('does not write into a buffer it was handed', () => {
    const handed = Buffer.from('xy');
    const queue = new ByteQueue();
    queue.append(handed, 1);
    queue.consume(1);
    queue.append(Buffer.from('z'), 2);
    expect(handed.toString()).toBe('xy');
    expect(queue.view().toString()).toBe('yz');
  });

  it('matches a plain array model under any appends and consumes', () => {
    const operation = fc.oneof(
      fc.record({ append: fc.uint8Array({ maxLength: 40 }) }),
      fc.record({ consume: fc.nat({ max: 60 }) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const queue = new ByteQueue();
        let model: Array<{ byte: number; ts: number }> = [];
        operations.forEach((step, ts) => {
          if ('append' in step) {
            queue.append(Buffer.from(step.append), ts);
            model.push(...Array.from(step.append, (byte) => ({ byte, ts })));
          } else {
            queue.consume(step.consume);
            model = model.slice(step.consume);
          }
          expect([...queue.view()]).toEqual(model.map((entry) => entry.byte));
          expect(model.map((_, index) => queue.tsAt(index))).toEqual(model.map((entry) => entry.ts));
        });
      }),
      { numRuns: 100 },
    );
  });
});
