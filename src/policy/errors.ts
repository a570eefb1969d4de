// Policy problems are data: a closed set of codes and a position. src/report/policy-errors.ts is the
// only place that turns them into text.

export type PolicyErrorCode =
  | 'unreadable-file'
  | 'bad-yaml'
  | 'duplicate-key'
  | 'unknown-key'
  | 'wrong-type'
  | 'empty-rule'
  | 'empty-list'
  | 'bad-host'
  | 'bad-glob'
  | 'bad-path'
  | 'bad-cidr'
  | 'bad-port'
  | 'bad-scheme'
  | 'bad-method'
  | 'unknown-variable'
  | 'undefined-variable'
  | 'unknown-preset'
  | 'preset-cycle';

export interface PolicyError {
  code: PolicyErrorCode;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the document, as `allow[0].host`; empty when the problem is the file itself. */
  field: string;
  /** What is wrong, then what is allowed. */
  message: string;
}
