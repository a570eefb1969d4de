// Matching primitives: host globs, CIDR blocks, path and executable globs. Each compile function
// returns either a matcher or the reason the pattern is unusable (worded to follow "got X, ").
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { Minimatch, type MinimatchOptions } from 'minimatch';

// No negation or comments: a pattern always means "what matches this".
const GLOB_OPTIONS: MinimatchOptions = { dot: true, nonegate: true, nocomment: true };

export type Compiled<T> = { ok: true; value: T } | { ok: false; problem: string };

// ---- hosts ------------------------------------------------------------------------------------------

/** Lower case, no trailing dot, IDNA (punycode) form; brackets dropped from an IPv6 literal. */
export function normalizeHost(host: string): string {
  const lower = host.trim().toLowerCase().replace(/\.$/, '');
  if (lower.startsWith('[') && lower.endsWith(']')) return lower.slice(1, -1);
  if (/^[\x20-\x7e]*$/.test(lower)) return lower;
  return domainToASCII(lower) || lower;
}

// Characters a host label may hold in a pattern: letters, digits, '-', '_' and the '*' wildcard.
const HOST_LABEL = /^[a-z0-9_*-]+$/;

/** A host glob: `*` matches within one label, `**` (a whole label) any number of labels, even none. */
export function compileHostGlob(pattern: string): Compiled<(host: string) => boolean> {
  const labels = pattern.trim().toLowerCase().replace(/\.$/, '').split('.');
  const asciiLabels: string[] = [];
  for (const label of labels) {
    const ascii = /^[\x20-\x7e]*$/.test(label) ? label : domainToASCII(label);
    if (ascii === '') return { ok: false, problem: `"${pattern}" has an empty or invalid label` };
    if (ascii.includes('**') && ascii !== '**') {
      return { ok: false, problem: `"${pattern}" uses "**" inside a label ("${label}")` };
    }
    if (!HOST_LABEL.test(ascii))
      return { ok: false, problem: `"${pattern}" has a character not allowed in a host` };
    asciiLabels.push(ascii);
  }
  // Labels become path segments so minimatch's `*` stops at a dot and `**` spans labels.
  const glob = new Minimatch(asciiLabels.join('/'), GLOB_OPTIONS);
  return {
    ok: true,
    value: (host) => {
      const normalized = normalizeHost(host);
      return normalized !== '' && !normalized.includes('/') && glob.match(normalized.split('.').join('/'));
    },
  };
}

// ---- IP addresses -----------------------------------------------------------------------------------

interface Address {
  family: 4 | 6;
  value: bigint;
}

function parseAddress(address: string): Address | undefined {
  // A zone (fe80::1%eth0) names the local interface, not part of the address.
  const text = address.split('%', 1)[0] ?? '';
  const family = isIP(text);
  if (family === 4) {
    return {
      family: 4,
      value: text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n),
    };
  }
  if (family !== 6) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped?.[1] !== undefined) return parseAddress(mapped[1]);
  return { family: 6, value: ipv6ToBigInt(text) };
}

function ipv6ToBigInt(text: string): bigint {
  // isIP has already accepted it, so only the '::' expansion and an embedded IPv4 tail remain.
  let groups = text;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (dotted?.[1] !== undefined) {
    const v4 = parseAddress(dotted[1])?.value ?? 0n;
    groups = `${groups.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = Array<string>(8 - headParts.length - tailParts.length).fill('0');
  return [...headParts, ...zeros, ...tailParts].reduce((acc, part) => (acc << 16n) | BigInt(`0x${part}`), 0n);
}

/** An address or CIDR block; an IPv4-mapped IPv6 address is compared as the IPv4 address it carries. */
export function compileCidr(text: string): Compiled<(address: string) => boolean> {
  const [addressText = '', prefixText, extra] = text.trim().split('/');
  const base = parseAddress(addressText);
  if (base === undefined || extra !== undefined)
    return { ok: false, problem: `"${text}" is not an IP address or CIDR` };
  // An IPv4-mapped block (::ffff:10.0.0.0/104) is the IPv4 block under its last 32 bits.
  const mappedOffset = base.family === 4 && isIP(addressText) === 6 ? 96 : 0;
  const bits = base.family === 4 ? 32 : 128;
  const written =
    prefixText === undefined ? bits + mappedOffset : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  const prefix = written - mappedOffset;
  if (!(prefix >= 0 && prefix <= bits)) {
    return {
      ok: false,
      problem: `"${text}" has a prefix length outside ${mappedOffset}-${bits + mappedOffset}`,
    };
  }
  const hostBits = BigInt(bits - prefix);
  if ((base.value >> hostBits) << hostBits !== base.value) {
    return { ok: false, problem: `"${text}" has bits set after the /${prefix} prefix` };
  }
  return {
    ok: true,
    value: (address) => {
      const candidate = parseAddress(normalizeHost(address));
      return candidate?.family === base.family && candidate.value >> hostBits === base.value >> hostBits;
    },
  };
}

export function isIpAddress(text: string): boolean {
  return parseAddress(normalizeHost(text)) !== undefined;
}

// ---- paths, executables, steps ----------------------------------------------------------------------

/** Why a glob is malformed, if it is: unbalanced brackets or braces, or `**` glued to other text. */
function globSyntaxProblem(pattern: string): string | undefined {
  let brackets = 0;
  let braces = 0;
  for (const char of pattern) {
    if (char === '\\') return `"${pattern}" uses "\\", which globs do not need here`;
    if (char === '[') brackets++;
    if (char === ']') brackets--;
    if (char === '{') braces++;
    if (char === '}') braces--;
    if (brackets < 0 || braces < 0 || brackets > 1) return `"${pattern}" has unbalanced brackets or braces`;
  }
  if (brackets !== 0 || braces !== 0) return `"${pattern}" has unbalanced brackets or braces`;
  if (pattern.includes('[]')) return `"${pattern}" has an empty character class "[]"`;
  if (pattern.split('/').some((segment) => segment.includes('**') && segment !== '**')) {
    return `"${pattern}" uses "**" inside a segment; "**" must stand alone between slashes`;
  }
  return undefined;
}

export function compileGlob(pattern: string): Compiled<(value: string) => boolean> {
  const problem = pattern === '' ? 'an empty glob' : globSyntaxProblem(pattern);
  if (problem !== undefined) return { ok: false, problem };
  const glob = new Minimatch(pattern, GLOB_OPTIONS);
  return { ok: true, value: (value) => glob.match(value) };
}

/** Path globs match the path only: the query is ignored, so a `?` or `#` in one is a mistake. */
export function compilePathGlob(pattern: string): Compiled<(path: string) => boolean> {
  if (!pattern.startsWith('/')) return { ok: false, problem: `"${pattern}" does not start with "/"` };
  if (/[?#]/.test(pattern))
    return { ok: false, problem: `"${pattern}" has "?" or "#" but queries are ignored` };
  const glob = compileGlob(pattern);
  if (!glob.ok) return glob;
  return { ok: true, value: (path) => glob.value(normalizePath(path)) };
}

const UNRESERVED = /%(2[dDeE]|3[0-9]|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aA]|7[eE])/g;

/**
 * The path as a server would route it: query and fragment dropped, percent-encoded unreserved
 * characters decoded and `.`/`..` segments resolved (RFC 3986 6.2.2), so `/a/%2e%2e/secrets`
 * cannot slip past a deny rule on `/secrets`.
 */
export function normalizePath(target: string): string {
  const path = (target.split(/[?#]/, 1)[0] ?? '').replace(UNRESERVED, (encoded) =>
    String.fromCharCode(parseInt(encoded.slice(1), 16)),
  );
  const output: string[] = [];
  const segments = path.split('/');
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..' && output.length > 1) output.pop();
      if (last) output.push('');
    } else {
      output.push(segment);
    }
  }
  const joined = output.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}
