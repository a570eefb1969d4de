// The verifier abandons a load with EAGAIN whenever a signal is pending on the loading thread; the
// addon blocks signals while it loads, so a stream of them cannot fail the agent's start.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpfObjectPath } from './agent.js';
import { openObject } from './native.js';

describe.skipIf(process.getuid?.() !== 0 && !process.env.CI)('loading under a stream of signals', () => {
  let received = 0;
  // A handler makes the signal pending on delivery instead of ignored at the door.
  const count = () => received++;

  beforeAll(() => {
    process.on('SIGUSR2', count);
  });
  afterAll(() => {
    process.off('SIGUSR2', count);
  });

  it('loads the real object every time while SIGUSR2 arrives as fast as a shell can send it', async () => {
    const sender = spawn('sh', ['-c', `while kill -USR2 ${process.pid} 2>/dev/null; do :; done`], {
      stdio: 'ignore',
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (let i = 0; i < 3; i++) openObject(bpfObjectPath(), { mapMaxEntries: { events: 1 << 20 } }).close();
    } finally {
      sender.kill('SIGKILL');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The signals really came, and were delivered once the loads were done.
    expect(received).toBeGreaterThan(0);
  });
});
