// A loopback stand-in for the runner's artifact service, speaking what @actions/artifact (v2+) speaks:
// Twirp JSON at ACTIONS_RESULTS_URL (CreateArtifact → a signed upload URL, FinalizeArtifact) and
// Azure Blob block uploads at that URL (Put Block, then Put Block List). Uploaded blobs are kept, so
// a test can open the artifact the real client built.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback.js';

export interface UploadedArtifact {
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Bytes committed by Put Block List (a zip, unless the client skipped archiving). */
  content: Buffer;
  /** Size and hash FinalizeArtifact reported. */
  size: string;
  hash?: string;
  finalized: boolean;
}

export interface ArtifactServer {
  /** For ACTIONS_RESULTS_URL. */
  url: string;
  /** For ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` names the run and job backend ids. */
  token: string;
  artifacts: UploadedArtifact[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const RUN_BACKEND_ID = 'run-backend-0f4c';
export const JOB_BACKEND_ID = 'job-backend-7d21';

export async function startArtifactServer(): Promise<ArtifactServer> {
  const artifacts: UploadedArtifact[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let origin = '';

  const server = http.createServer((req, res) => {
    readBody(req)
      .then((body) => handle(req, res, body))
      .catch((error: unknown) => send(res, 500, { msg: String(error) }));
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { msg: 'bad token' });
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      const method = url.pathname.slice(SERVICE.length);
      if (method === 'CreateArtifact') {
        const name = String(request.name);
        artifacts.push({
          name,
          workflowRunBackendId: String(request.workflow_run_backend_id),
          workflowJobRunBackendId: String(request.workflow_job_run_backend_id),
          content: Buffer.alloc(0),
          size: '0',
          finalized: false,
        });
        const blob = `/blobs/${encodeURIComponent(name)}-${randomBytes(4).toString('hex')}`;
        return send(res, 200, { ok: true, signed_upload_url: `${origin}${blob}?sig=test-signature` });
      }
      if (method === 'FinalizeArtifact') {
        const artifact = artifacts.find((a) => a.name === request.name && !a.finalized);
        if (!artifact) return send(res, 404, { msg: 'no such artifact' });
        artifact.finalized = true;
        artifact.size = String(request.size);
        artifact.hash = (request.hash as string | undefined) ?? undefined;
        return send(res, 200, { ok: true, artifact_id: String(artifacts.indexOf(artifact) + 1) });
      }
      return send(res, 404, { msg: `unknown method ${method}` });
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/blobs/')) {
      const staged = blocks.get(url.pathname) ?? new Map<string, Buffer>();
      blocks.set(url.pathname, staged);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        staged.set(url.searchParams.get('blockid') ?? '', body);
        return blobOk(res);
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          (m) => m[1] ?? '',
        );
        const content = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
        const artifact = artifacts.filter((a) => !a.finalized).at(-1);
        if (artifact) artifact.content = content;
        return blobOk(res);
      }
      // A single-shot Put Blob (small uploads).
      const artifact = artifacts.filter((a) => !a.finalized).at(-1);
      if (artifact) artifact.content = body;
      return blobOk(res);
    }
    send(res, 404, { msg: `unexpected ${req.method} ${url.pathname}` });
  }

  const listening = await listenOnLoopback(server, '127.0.0.1');
  origin = `http://127.0.0.1:${listening.port}`;
  const token = fakeJwt({ scp: `Actions.GenericRead:1 Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}` });
  return { url: `${origin}/`, token, artifacts, close: listening.close };
}

function fakeJwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.${Buffer.from('unsigned').toString('base64url')}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function blobOk(res: ServerResponse): void {
  res.writeHead(201, {
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2021-12-02',
    'x-ms-request-server-encrypted': 'true',
    etag: `"0x${randomBytes(8).toString('hex')}"`,
    'last-modified': new Date().toUTCString(),
    'content-length': '0',
  });
  res.end();
}
