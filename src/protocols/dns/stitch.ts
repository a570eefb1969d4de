// Pairs DNS queries with their responses by id and question, within a time bound.

import type { DnsExchange, DnsMessage, DnsStitchError, TimedDnsMessage } from './types.js';

/** Resolvers retry after about 5 s; a response later than this belongs to no query we can name. */
export const DEFAULT_DNS_RESPONSE_WINDOW_NS = 10e9;

/**
 * Every query becomes a record (with its response when one came within `windowNs`), in query time order.
 * Responses that match no query are errors.
 */
export function stitchDns<T extends TimedDnsMessage>(
  queries: readonly T[],
  responses: readonly T[],
  windowNs: number = DEFAULT_DNS_RESPONSE_WINDOW_NS,
): { records: DnsExchange<T>[]; errors: DnsStitchError<T>[] } {
  const records: DnsExchange<T>[] = [...queries].sort((a, b) => a.ts - b.ts).map((query) => ({ query }));
  const errors: DnsStitchError<T>[] = [];
  for (const response of [...responses].sort((a, b) => a.ts - b.ts)) {
    const record = records.find(
      (candidate) =>
        candidate.response === undefined &&
        candidate.query.ts <= response.ts &&
        response.ts - candidate.query.ts <= windowNs &&
        answers(candidate.query.message, response.message),
    );
    if (record === undefined) errors.push({ message: response, reason: 'response matches no query' });
    else record.response = response;
  }
  return { records, errors };
}

function answers(query: DnsMessage, response: DnsMessage): boolean {
  if (query.id !== response.id) return false;
  // Some responses (e.g. FORMERR) carry no question section; the id is all there is to go on.
  if (response.questions.length === 0) return true;
  return (
    query.questions.length === response.questions.length &&
    query.questions.every((question, index) => {
      const echoed = response.questions[index];
      return echoed !== undefined && sameName(question.name, echoed.name) && question.type === echoed.type;
    })
  );
}

/** DNS names compare case-insensitively (and resolvers may randomise case, as in 0x20 encoding). */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
