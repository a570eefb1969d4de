// Uprobe registration waits out an RCU grace period whenever none has been registered for a moment:
// the kernel takes a per-CPU rwsem (dup_mmap_sem) for writing, and its first writer waits for one.
// A normal grace period is 10-20 ms on a 2-vCPU runner, paid by the task held for its probes (a Go
// binary's hold was ~12 ms of it); an expedited one takes ~0.1 ms. Linux offers no per-call choice,
// only the system-wide /sys/kernel/rcu_expedited, so it is set for the few milliseconds an attach or
// a teardown takes and put back right after. Nothing else changes meaning: every RCU user still gets a
// full grace period, only sooner (by interrupting the other CPUs once); an agent killed inside that
// window leaves the flag on, which costs those interruptions and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';

const RCU_EXPEDITED = '/sys/kernel/rcu_expedited';

/** Runs `work` with expedited RCU grace periods, unless they are already on (then left as found). */
export function withExpeditedGracePeriods<T>(work: () => T, flagPath = RCU_EXPEDITED): T {
  let switched = false;
  try {
    if (readFileSync(flagPath, 'utf8').trim() === '0') {
      writeFileSync(flagPath, '1');
      switched = true;
    }
  } catch {
    // Not there or read-only (a container): registration just takes longer.
  }
  try {
    return work();
  } finally {
    if (switched) {
      try {
        writeFileSync(flagPath, '0');
      } catch {
        // Was writable a moment ago; nothing better to do than leave it.
      }
    }
  }
}
