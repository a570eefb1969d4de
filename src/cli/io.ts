// What a CLI command may touch, so commands are testable without a real process.
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}
