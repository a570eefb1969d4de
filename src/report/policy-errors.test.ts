import { describe, expect, it } from 'vitest';
import { formatPolicyError, formatPolicyErrors } from './policy-errors.js';

describe('formatPolicyError', () => {
  it('writes file:line:column: field: message', () => {
    expect(
      formatPolicyError({
        code: 'bad-port',
        file: '.github/egress-policy.yml',
        line: 4,
        column: 11,
        field: 'allow[0].port',
        message: 'got 70000, expected a TCP port, an integer from 1 to 65535',
      }),
    ).toBe(
      '.github/egress-policy.yml:4:11: allow[0].port: got 70000, expected a TCP port, an integer from 1 to 65535',
    );
  });

  it('leaves the field out when the problem is the file itself', () => {
    expect(
      formatPolicyError({
        code: 'bad-yaml',
        file: 'p.yml',
        line: 2,
        column: 1,
        field: '',
        message: 'bad YAML',
      }),
    ).toBe('p.yml:2:1: bad YAML');
  });

  it('writes one line per error', () => {
    const error = { code: 'bad-yaml', file: 'p.yml', line: 1, column: 1, field: '', message: 'x' } as const;
    expect(formatPolicyErrors([error, { ...error, line: 2 }])).toBe('p.yml:1:1: x\np.yml:2:1: x\n');
  });
});
