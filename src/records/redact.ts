// Secrets never leave: every header value, path and URL passes through here before a record exists.

export const REDACTED = '[redacted]';

const secretHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
  'private-token',
  'x-github-token',
  'x-amz-security-token',
  'npm-otp',
]);

// Token shapes worth catching wherever they appear (headers, query values, path segments).
const tokenShapes: RegExp[] = [
  /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bnpm_[A-Za-z0-9]{20,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, // JWTs
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/g,
];
/** All of them in one pass: every header value of every request goes through it. */
const anyToken = new RegExp(tokenShapes.map((shape) => shape.source).join('|'), 'g');

const secretQueryKeys =
  /^(?:access_token|token|api[_-]?key|apikey|key|secret|password|passwd|pwd|sig|signature|client_secret|auth|x-amz-signature|x-amz-credential|x-amz-security-token)$/i;

export function redactText(text: string): string {
  return text.replace(anyToken, REDACTED);
}

export function redactHeaders(headers: Array<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const clean = secretHeaders.has(key) ? REDACTED : redactText(value);
    out[key] = key in out ? `${out[key]}, ${clean}` : clean;
  }
  return out;
}

/** A request target: secret-looking query values and token shapes anywhere are replaced. */
export function redactPath(path: string): string {
  const q = path.indexOf('?');
  if (q < 0) return redactText(path);
  const query = path
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return redactText(pair);
      const key = pair.slice(0, eq);
      return secretQueryKeys.test(safeDecode(key))
        ? `${key}=${REDACTED}`
        : `${key}=${redactText(pair.slice(eq + 1))}`;
    })
    .join('&');
  return `${redactText(path.slice(0, q))}?${query}`;
}

/** Userinfo in an absolute URL (`https://user:pass@host/`) is dropped to the redaction mark. */
export function redactAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  return at < 0 ? authority : `${REDACTED}@${authority.slice(at + 1)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const secretHeaderArg =
  /^\s*(authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token|private-token|x-amz-security-token)\s*:/i;
const secretValueFlags = new Set([
  '-u',
  '--user',
  '--proxy-user',
  '--password',
  '--token',
  '--oauth2-bearer',
  '-b',
  '--cookie',
]);

/** A command line: header arguments, credential flags' values, URLs and token shapes. */
export function redactArgv(argv: string[]): string[] {
  return argv.map((arg, i) => {
    if (i > 0 && secretValueFlags.has(argv[i - 1] ?? '')) return REDACTED;
    const header = secretHeaderArg.exec(arg);
    if (header) return `${header[1]}: ${REDACTED}`;
    const url = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)(\S*)$/i.exec(arg);
    if (url) return `${url[1]}${redactAuthority(url[2] ?? '')}${redactPath(url[3] ?? '')}`;
    return redactScript(arg);
  });
}

// Inside a script argument (`sh -c '…'`, `python -c …`, `node -e …`) the same secrets hide in
// quoted pieces: URLs, header and key assignments, credential flags.
const embeddedUrl = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s'"`/?#]*)([^\s'"`]*)/gi;
const embeddedHeader =
  /\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token|private-token|x-github-token|x-amz-security-token)(["']?\s*:\s*["']?)[^'"`\n]*/gi;
const embeddedKey =
  /\b(access_token|token|password|passwd|secret|client_secret|api[_-]?key|apikey|auth)(["']?\s*[:=]\s*["']?)[^\s'"`&,;)}]+/gi;
const embeddedFlag =
  /(^|\s)(-u|--user|--proxy-user|--password|--token|--oauth2-bearer|-b|--cookie)(\s+|=)('[^']*'|"[^"]*"|\S+)/g;

function redactScript(text: string): string {
  return redactText(
    text
      .replace(
        embeddedUrl,
        (_, scheme: string, authority: string, rest: string) =>
          `${scheme}${redactAuthority(authority)}${redactPath(rest)}`,
      )
      .replace(embeddedHeader, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`)
      .replace(embeddedKey, (_, key: string, separator: string) => `${key}${separator}${REDACTED}`)
      .replace(
        embeddedFlag,
        (_, space: string, flag: string, separator: string) => `${space}${flag}${separator}${REDACTED}`,
      ),
  );
}
