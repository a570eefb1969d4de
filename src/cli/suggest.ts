// `egress-lens suggest [--out FILE] REPORT.json`: write the tightest readable policy that allows the run.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { suggestPolicy } from '../policy/index.js';
import { readReportFile } from './check.js';
import { UsageError, type Io } from './io.js';

export async function runSuggest(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`suggest: ${(error as Error).message}`);
  }
  const [reportFile, ...extra] = parsed.positionals;
  if (reportFile === undefined || extra.length > 0) {
    throw new UsageError('suggest: expected one report file: egress-lens suggest [--out FILE] REPORT.json');
  }
  const policy = suggestPolicy(readReportFile(reportFile, io));
  const out = parsed.values.out;
  if (out === undefined) {
    io.stdout(policy);
  } else {
    writeFileSync(resolve(io.cwd, out), policy);
    io.stderr(`wrote ${out}\n`);
  }
  return 0;
}
