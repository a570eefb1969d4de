import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadReport } from '../../src/action/artifact.js';
import {
  JOB_BACKEND_ID,
  RUN_BACKEND_ID,
  startArtifactServer,
  type ArtifactServer,
} from './artifact-server.js';
import { zipEntries } from './zip.js';

describe('artifact server', () => {
  let server: ArtifactServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    server = await startArtifactServer();
    process.env.ACTIONS_RUNTIME_TOKEN = server.token;
    process.env.ACTIONS_RESULTS_URL = server.url;
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
  });

  it('takes an upload from the real @actions/artifact client, zip and all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'el-artifact-'));
    writeFileSync(join(dir, 'report.json'), '{"version":1}\n');
    writeFileSync(join(dir, 'events.ndjson'), '{"type":"request"}\n'.repeat(1000));
    const id = await uploadReport('my-report', [join(dir, 'report.json'), join(dir, 'events.ndjson')], dir);
    expect(id).toBe(1);
    const [artifact] = server.artifacts;
    expect(artifact).toMatchObject({
      name: 'my-report',
      finalized: true,
      workflowRunBackendId: RUN_BACKEND_ID,
      workflowJobRunBackendId: JOB_BACKEND_ID,
    });
    expect(artifact?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const entries = await zipEntries(artifact?.content ?? Buffer.alloc(0));
    expect(entries).toEqual({
      'events.ndjson': '{"type":"request"}\n'.repeat(1000),
      'report.json': '{"version":1}\n',
    });
  });
});
