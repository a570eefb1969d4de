// The CLI dispatcher: `egress-lens <command> ...`. Commands get an Io, never the process itself.
import { CaptureUnavailable } from '../capture/agent.js';
import { readVersion } from '../version.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { runAgent } from './agent.js';
import { runCheck } from './check.js';
import { runCommand } from './run.js';
import { runSuggest } from './suggest.js';

const help = `usage: egress-lens <command>

  run [--out DIR] [--policy FILE] [--mode audit|enforce] [--no-hold] -- COMMAND [ARGS...]
      run COMMAND under the tracer (as root), print every HTTP(S) request it and its
      children made, write DIR/report.json and DIR/events.ndjson (DIR: ./egress-lens-report);
      with --mode enforce, exit 1 when a request breaks the policy
  check [--policy FILE] REPORT.json
      judge a saved report against a policy (default .github/egress-policy.yml)
  suggest [--out FILE] REPORT.json
      write the tightest readable policy that allows everything in the report
  version
`;

export async function cli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'suggest':
        return await runSuggest(rest, io);
      case 'agent':
        // The action's detached capture, started by its pre step; not for people, so not in the help.
        return await runAgent(rest, io);
      case 'version':
      case '--version':
        io.stdout(`${readVersion()}\n`);
        return 0;
      case 'help':
      case '--help':
      case '-h':
        io.stdout(help);
        return 0;
      default:
        throw new UsageError(command ? `unknown command ${command}` : 'no command given');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`egress-lens: ${err.message}\n${help}`);
      return 2;
    }
    if (err instanceof CaptureUnavailable) {
      io.stderr(`egress-lens: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
