import type { PolicyError } from '../policy/errors.js';

/** `file:line:column: field: what is wrong, what is allowed` — the form editors and CI annotations link. */
export function formatPolicyError(error: PolicyError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.field === '' ? `${where}: ${error.message}` : `${where}: ${error.field}: ${error.message}`;
}

export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  return errors.map((error) => `${formatPolicyError(error)}\n`).join('');
}
