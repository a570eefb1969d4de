// Finding where a line-oriented protocol can plausibly resume after bytes we could not parse.

const LF = 0x0a;

export interface LineStartMatch {
  /** Where the candidate message starts. */
  index: number;
  /** True when the buffer ends inside the prefix: wait for more bytes before deciding. */
  partial: boolean;
}

/**
 * The first line start in `buf` at which one of `prefixes` begins (or could begin, when the buffer ends
 * first). Line starts are the bytes after each LF, and offset 0 when `atLineStart` says the byte before the
 * buffer ended a line (or a gap left us at an unknown point, where a message is the best guess).
 */
export function findLineStartPrefix(
  buf: Buffer,
  atLineStart: boolean,
  prefixes: readonly Buffer[],
): LineStartMatch | undefined {
  let candidate = atLineStart ? 0 : nextLineStart(buf, 0);
  while (candidate !== -1) {
    const match = matchPrefixes(buf, candidate, prefixes);
    if (match !== undefined) return { index: candidate, partial: match === 'partial' };
    candidate = nextLineStart(buf, candidate);
  }
  return undefined;
}

function nextLineStart(buf: Buffer, from: number): number {
  const lf = buf.indexOf(LF, from);
  return lf === -1 ? -1 : lf + 1;
}

function matchPrefixes(buf: Buffer, at: number, prefixes: readonly Buffer[]): 'full' | 'partial' | undefined {
  const available = buf.length - at;
  for (const prefix of prefixes) {
    const compared = Math.min(available, prefix.length);
    if (buf.compare(prefix, 0, compared, at, at + compared) === 0) {
      return compared === prefix.length ? 'full' : 'partial';
    }
  }
  return undefined;
}
