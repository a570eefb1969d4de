import { describe, expect, it } from 'vitest';
import { stitchDns } from './stitch.js';
import type { DnsMessage, TimedDnsMessage } from './types.js';

interface Seen extends TimedDnsMessage {
  label: string;
}

function seen(label: string, ts: number, id: number, name: string, type = 'A', isResponse = false): Seen {
  const message: DnsMessage = { id, isResponse, rcode: 'NOERROR', questions: [{ name, type }], answers: [] };
  return { label, ts, message };
}

const labels = (result: ReturnType<typeof stitchDns<Seen>>) => ({
  records: result.records.map((record) => [record.query.label, record.response?.label]),
  errors: result.errors.map((error) => [error.message.label, error.reason]),
});

describe('stitchDns', () => {
  it('pairs by id and question, case-insensitively, within the window', () => {
    const queries = [
      seen('q-a', 10, 1, 'a.test'),
      seen('q-aaaa', 11, 1, 'a.test', 'AAAA'),
      seen('q-b', 12, 2, 'b.test'),
    ];
    const responses = [
      seen('r-b', 30, 2, 'B.Test', 'A', true),
      seen('r-aaaa', 20, 1, 'a.test', 'AAAA', true),
      seen('r-a', 25, 1, 'a.test', 'A', true),
    ];
    expect(labels(stitchDns(queries, responses, 100))).toEqual({
      records: [
        ['q-a', 'r-a'],
        ['q-aaaa', 'r-aaaa'],
        ['q-b', 'r-b'],
      ],
      errors: [],
    });
  });

  it('leaves late, early and duplicate responses unpaired and reports them', () => {
    const queries = [seen('q1', 100, 5, 'x.test'), seen('q2', 100, 6, 'y.test')];
    const responses = [
      seen('before', 50, 5, 'x.test', 'A', true),
      seen('ok', 150, 5, 'x.test', 'A', true),
      seen('again', 160, 5, 'x.test', 'A', true),
      seen('late', 301, 6, 'y.test', 'A', true),
      seen('other-name', 120, 6, 'z.test', 'A', true),
    ];
    expect(labels(stitchDns(queries, responses, 200))).toEqual({
      records: [
        ['q1', 'ok'],
        ['q2', undefined],
      ],
      errors: [
        ['before', 'response matches no query'],
        ['other-name', 'response matches no query'],
        ['again', 'response matches no query'],
        ['late', 'response matches no query'],
      ],
    });
  });

  it('pairs a response without a question section by id alone', () => {
    const bare: Seen = {
      label: 'formerr',
      ts: 2,
      message: { id: 9, isResponse: true, rcode: 'FORMERR', questions: [], answers: [] },
    };
    expect(labels(stitchDns([seen('q', 1, 9, 'a.test')], [bare]))).toEqual({
      records: [['q', 'formerr']],
      errors: [],
    });
  });
});
