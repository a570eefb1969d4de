// A finished capture's requests and connections, in its spool: judged in one pass in the order they
// were built, then read back by time with their judgements, as the report files list them.
import { RecordJudge, type Policy } from '../policy/index.js';
import { Column } from '../records/column.js';
import type { RecordOfKind, RecordSpool, SpooledKind } from '../records/spool.js';
import type { ConnectionRecord, Judgement, RequestRecord } from '../records/types.js';
import { RecordList, type EventLine } from './files.js';

export class CapturedRecords {
  readonly requests: RecordList<RequestRecord>;
  readonly connections: RecordList<ConnectionRecord>;
  /** By spool position, once judged: the record's judgement, as an index into `judgements`. */
  private readonly judgementOf = new Column(Uint32Array);
  /** Each distinct judgement once (a policy has few rules, a capture many records), and as JSON. */
  private readonly judgements: Judgement[] = [];
  private readonly judgementJson: string[] = [];

  constructor(
    private readonly spool: RecordSpool,
    /** By request number (rN is the N-th request spooled): the remote address of its connection. */
    private readonly remoteAddressOf: (requestNumber: number) => string | undefined,
  ) {
    this.requests = this.list('request');
    this.connections = this.list('connection');
  }

  /** Judges every request and connection against `policy`; returns how many broke it. */
  judge(policy: Policy): number {
    const judge = new RecordJudge(policy);
    const known = new Map<string, number>();
    let requests = 0;
    for (const spooled of this.spool.written()) {
      const judgement =
        spooled.kind === 'request'
          ? judge.request(spooled.record, this.remoteAddressOf(++requests))
          : judge.connection(spooled.record);
      const json = JSON.stringify(judgement);
      let index = known.get(json);
      if (index === undefined) {
        index = this.judgements.push(judgement) - 1;
        this.judgementJson.push(json);
        known.set(json, index);
      }
      this.judgementOf.push(index);
    }
    return judge.violations;
  }

  close(): void {
    this.spool.close();
  }

  private get judged(): boolean {
    return this.judgementOf.length > 0;
  }

  private list<K extends SpooledKind>(kind: K): RecordList<RecordOfKind[K]> {
    return new RecordList(
      this.spool.count(kind),
      () => this.byTime(kind),
      () => this.eventLines(kind),
    );
  }

  /** The report lists records by time. */
  private *byTime<K extends SpooledKind>(kind: K): Generator<RecordOfKind[K]> {
    for (const position of this.spool.byTime(kind)) {
      const record = this.spool.record<K>(position);
      if (this.judged) record.judgement = this.judgements[this.judgementOf.at(position)];
      yield record;
    }
  }

  private *eventLines(kind: SpooledKind): Generator<EventLine> {
    for (const position of this.spool.byTime(kind)) {
      const line = this.spool.eventLine(position);
      yield {
        time: this.spool.time(position),
        // The judgement goes last, as Object.assign({}, record, { judgement }) puts it.
        line: this.judged
          ? `${line.slice(0, -1)},"judgement":${this.judgementJson[this.judgementOf.at(position)]}}`
          : line,
      };
    }
  }
}
