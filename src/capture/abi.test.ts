import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEvent, DropReason, EventKind, Layout, kernelDev, SockFlag } from './abi.js';

const header = resolve(import.meta.dirname, '../../bpf/events.h');

// Every (struct, field) whose offset abi.ts relies on, printed by the C compiler itself.
const fields: Record<string, Record<string, string>> = {
  exec: {
    ppid: 'ppid',
    uid: 'uid',
    cgroupId: 'cgroup_id',
    ino: 'ino',
    dev: 'dev',
    flags: 'flags',
    filenameLen: 'filename_len',
    argsLen: 'args_len',
    pidns: 'pidns',
    filename: 'filename',
    args: 'args',
  },
  fork: { parent: 'parent_tgid', child: 'child_tgid' },
  exit: { exitCode: 'exit_code' },
  mmap: { ino: 'ino', dev: 'dev', flags: 'flags', fd: 'fd' },
  sock: {
    sock: 'sock',
    fd: 'fd',
    ret: 'ret',
    family: 'family',
    dport: 'dport',
    sport: 'sport',
    flags: 'flags',
    daddr: 'daddr',
    saddr: 'saddr',
  },
  data: {
    sock: 'sock',
    handle: 'handle',
    callLen: 'call_len',
    callOffset: 'call_offset',
    fd: 'fd',
    len: 'len',
    direction: 'direction',
    source: 'source',
    flags: 'flags',
  },
  close: { sock: 'sock', sent: 'bytes_sent', received: 'bytes_received', flags: 'flags' },
  config: {
    heartbeat: 'heartbeat_ns',
    staleAfter: 'stale_after_ns',
    agentTgid: 'agent_tgid',
    holdUnknown: 'hold_unknown',
    containersPidns: 'containers_pidns',
  },
  fileKey: { ino: 'ino', dev: 'dev' },
  tie: { sock: 'sock', handle: 'handle' },
};
const structNames: Record<string, string> = {
  exec: 'el_exec_event',
  fork: 'el_fork_event',
  exit: 'el_exit_event',
  mmap: 'el_mmap_event',
  sock: 'el_sock_event',
  data: 'el_data_event',
  close: 'el_close_event',
  config: 'el_config',
  fileKey: 'el_file_key',
};

// Every constant abi.ts mirrors, by the C name it mirrors.
const constants: Record<string, number> = {
  ...Object.fromEntries(Object.entries(EventKind).map(([k, v]) => [`EL_EV_${k.toUpperCase()}`, v])),
  EL_SOCK_TLS: SockFlag.tls,
  EL_SOCK_UDP: SockFlag.udp,
  EL_SOCK_LOST: SockFlag.lost,
  EL_SOCK_CONNECT: SockFlag.connect,
  EL_SOCK_CLOSED: SockFlag.closed,
  EL_SOCK_NEVER_ESTABLISHED: SockFlag.neverEstablished,
  EL_DROP_RINGBUF: DropReason.ringbuf,
  EL_DROP_STATE_FULL: DropReason.stateFull,
  EL_DROP_STOP_SKIPPED: DropReason.stopSkipped,
};

function cLayout(): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'abi-'));
  const lines = [
    '#include <stdio.h>',
    '#include <stddef.h>',
    '#include <linux/types.h>',
    `#include "${header}"`,
    'int main(void) {',
  ];
  lines.push('printf("header.size %zu\\n", sizeof(struct el_header));');
  for (const [name, struct] of Object.entries(structNames)) {
    lines.push(`printf("${name}.size %zu\\n", sizeof(struct ${struct}));`);
    for (const [key, field] of Object.entries(fields[name] ?? {})) {
      lines.push(`printf("${name}.${key} %zu\\n", offsetof(struct ${struct}, ${field}));`);
    }
  }
  for (const name of Object.keys(constants)) lines.push(`printf("${name} %d\\n", (int)(${name}));`);
  lines.push('return 0; }');
  writeFileSync(join(dir, 'layout.c'), lines.join('\n'));
  execFileSync('cc', ['-o', join(dir, 'layout'), join(dir, 'layout.c')]);
  const out = execFileSync(join(dir, 'layout'), { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => [l.split(' ')[0], Number(l.split(' ')[1])]),
  );
}

describe('ABI', () => {
  it('matches bpf/events.h field by field', () => {
    const c = cLayout();
    const ts: Record<string, number> = { 'header.size': Layout.header };
    for (const name of Object.keys(structNames)) {
      const layout = (Layout as unknown as Record<string, Record<string, number>>)[name] ?? {};
      ts[`${name}.size`] = layout.size ?? -1;
      for (const key of Object.keys(fields[name] ?? {})) ts[`${name}.${key}`] = layout[key] ?? -1;
    }
    for (const [name, value] of Object.entries(constants)) ts[name] = value;
    expect(ts).toEqual(c);
  });

  it('decodes a sock event with IPv4-mapped and IPv6 addresses', () => {
    const buf = Buffer.alloc(Layout.sock.size);
    buf.writeUInt32LE(4, 0);
    buf.writeUInt32LE(1234, 4);
    buf.writeUInt16LE(10, Layout.sock.family);
    buf.writeUInt16LE(443, Layout.sock.dport);
    Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1]).copy(buf, Layout.sock.daddr);
    Buffer.from([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).copy(buf, Layout.sock.saddr);
    const e = decodeEvent(buf);
    expect(e).toMatchObject({
      kind: 'sock',
      tgid: 1234,
      remoteAddress: '127.0.0.1',
      remotePort: 443,
      family: 4,
    });
    expect(e && e.kind === 'sock' && e.localAddress).toBe('2001:db8::1');
  });

  it('rejects records shorter than their kind', () => {
    const buf = Buffer.alloc(Layout.data.size - 1);
    buf.writeUInt32LE(5, 0);
    expect(decodeEvent(buf)).toBeNull();
    expect(decodeEvent(Buffer.alloc(3))).toBeNull();
  });

  it('converts user-space st_dev to the kernel dev_t', () => {
    // 259:1 (an NVMe partition) and 8:17, as glibc's makedev encodes them.
    expect(kernelDev(0x10301n)).toBe((259 << 20) | 1);
    expect(kernelDev(0x811n)).toBe((8 << 20) | 17);
  });
});
