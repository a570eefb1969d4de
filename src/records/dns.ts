// Which name a process asked for, per address it got back: a connection to that address then
// carries the name, even when the client sent no SNI or Host.

interface Resolution {
  name: string;
  pid: number;
  ts: number;
}

export class DnsNames {
  private readonly byAddress = new Map<string, Resolution[]>();

  add(address: string, name: string, pid: number, ts: number): void {
    const list = this.byAddress.get(address) ?? [];
    list.push({ name: name.replace(/\.$/, '').toLowerCase(), pid, ts });
    this.byAddress.set(address, list);
  }

  /** The latest name resolved to `address` before `ts`, preferring the same process. */
  lookup(address: string, pid: number, ts: number): string | undefined {
    const before = (this.byAddress.get(address) ?? []).filter((r) => r.ts <= ts);
    const own = before.filter((r) => r.pid === pid);
    return (own.length > 0 ? own : before).at(-1)?.name;
  }
}
