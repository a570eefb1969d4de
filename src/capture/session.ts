// One capture from start to report: kernel events in, records out.
import { ConnectionTracker } from '../streams/tracker.js';
import { Clock, RecordBuilder } from '../records/build.js';
import { ProcessTable } from '../records/processes.js';
import { RecordSpool } from '../records/spool.js';
import { REPORT_VERSION, type RequestRecord } from '../records/types.js';
import { CapturedRecords } from '../report/captured.js';
import type { StreamedReport } from '../report/files.js';
import { Agent, type AgentStats } from './agent.js';
import type { ExecEvent, ForkEvent, KernelEvent } from './abi.js';
import { readVersion } from '../version.js';
import { redactArgv } from '../records/redact.js';

export class CaptureSession {
  readonly processes = new ProcessTable();
  readonly clock = new Clock();
  private readonly builder: RecordBuilder;
  private readonly tracker = new ConnectionTracker({
    exchange: (conn, x) => this.builder.exchange(conn, x),
    connectionEnd: (conn) => this.builder.connectionEnd(conn),
    datagram: (pid, dir, bytes, ts) => this.builder.datagram(pid, dir, bytes, ts),
  });
  readonly agent: Agent;
  readonly startedAt = new Date();

  constructor(
    options: {
      ringBytes?: number;
      hold?: boolean;
      containers?: boolean;
      /** Sees each event after the session has applied it, in order, once the agent delivers it. */
      afterEvent?: (event: KernelEvent) => void;
      /** Sees each fork and exec as it happens, its process alive (see AgentOptions.onProcess). */
      onProcess?: (event: ForkEvent | ExecEvent) => void;
      /** Sees each request record as it is built; the report reads them back from disk. */
      onRequest?: (request: RequestRecord) => void;
      /**
       * Where records wait for the report (a file with no name, gone with the process): the report's
       * own directory keeps them on the disk the report needs anyway, not in a /tmp held in memory.
       */
      spoolDir?: string;
    } = {},
  ) {
    const { afterEvent, onRequest, spoolDir, ...agentOptions } = options;
    this.processes.addRoot(process.pid, process.execPath, process.argv);
    this.agent = new Agent({
      ...agentOptions,
      onEvent: (e) => {
        this.handle(e);
        afterEvent?.(e);
      },
    });
    // After the agent, which says first why capture cannot run here (no root, no BTF). Events
    // arrive on a later turn of the event loop.
    try {
      this.builder = new RecordBuilder(
        this.processes,
        this.clock,
        new RecordSpool(spoolDir),
        onRequest,
        (exe) => this.agent.unprobedIn(exe),
      );
    } catch (error) {
      this.agent.close();
      throw error;
    }
  }

  private handle(e: KernelEvent): void {
    switch (e.kind) {
      case 'fork':
        this.processes.fork(e.parent, e.child);
        break;
      case 'exec':
        this.processes.exec(e.tgid, e.ppid, e.filename, e.argv, e.uid, e.cgroupId);
        break;
      case 'exit':
        this.processes.exit(e.tgid, e.exitCode);
        break;
      case 'sock':
        this.tracker.sock(e);
        break;
      case 'data':
        this.tracker.data(e);
        break;
      case 'close':
        this.tracker.close(e);
        break;
      case 'tie':
        this.tracker.tie(e);
        break;
      case 'mmap':
        break;
    }
  }

  /**
   * Stop capturing and build the report, its requests and connections read from the spool as it is
   * written (`records` judges them, and closes the spool).
   */
  finish(extra: { command?: string[]; exitCode?: number } = {}): {
    report: StreamedReport;
    records: CapturedRecords;
    agent: AgentStats;
  } {
    const agent = this.agent.stop();
    this.tracker.flush(this.clock.nowNs(), (sock) => this.agent.socketTotals(sock));
    const warnings: string[] = [];
    const lost = agent.drops.ringbuf + agent.drops.stateFull + agent.droppedInUserspace + agent.malformed;
    if (lost > 0) warnings.push(`${lost} kernel events were lost; affected connections say so`);
    if (agent.drops.stopSkipped > 0) {
      warnings.push(
        `${agent.drops.stopSkipped} programs started while the agent was unresponsive and ran unprobed; their first TLS requests may show as sni-only`,
      );
    }
    for (const failure of agent.probeFailures) warnings.push(`probe failed: ${failure}`);
    const builder = this.builder;
    if (builder.spool.writeError !== undefined) {
      warnings.push(
        `records could not be written to the report's directory (${builder.spool.writeError}); the rest were kept in memory`,
      );
    }
    if (this.tracker.lateBytes > 0) {
      warnings.push(
        `${this.tracker.lateBytes} bytes of TLS plaintext arrived after their connection had been reported; they are counted as unparsed`,
      );
    }
    const records = new CapturedRecords(builder.spool, (n) => builder.remoteAddressOf(n));
    const report: StreamedReport = {
      version: REPORT_VERSION,
      tool: { name: 'egress-lens', version: readVersion() },
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      ...extra,
      command: extra.command && redactArgv(extra.command),
      requests: records.requests,
      connections: records.connections,
      processes: this.processes.all(),
      dns: this.builder.dns,
      stats: {
        events: agent.events,
        lost,
        truncated: agent.drops.truncated + agent.drops.iovTruncated,
        unparsed: this.tracker.orphanBytes + this.tracker.lateBytes + this.builder.unparsedBytes,
      },
      warnings,
    };
    return { report, records, agent };
  }
}
