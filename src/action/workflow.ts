// The workflow file of this run, and where each step of this job is written in it, so a violation
// can be annotated on the line of the step that made the call. Steps are matched by the context id
// the runner gives a step's processes as GITHUB_ACTION: the step's `id`, else a generated one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';

export interface WorkflowStep {
  /** GITHUB_ACTION of the step's processes. */
  contextId: string;
  /** What the run log calls the step: its name, else `Run <first line>` or `Run <action>`. */
  label: string;
  /** 1-based line of the step's first key in the workflow file. */
  line: number;
}

export interface JobWorkflow {
  /** Repository-relative path, as annotations want it. */
  file: string;
  /** Line of the job's key, for what no step explains. */
  jobLine?: number;
  steps: Map<string, WorkflowStep>;
}

/**
 * The workflow file from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/ci.yml@refs/heads/main`),
 * else the file in .github/workflows whose `name:` (or path) is GITHUB_WORKFLOW. Undefined when the
 * workspace has no copy (the job did not check the repository out).
 */
export function findWorkflowFile(
  workspace: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const fromRef = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)?.[1];
  if (fromRef && existsSync(join(workspace, fromRef))) return fromRef;
  const wanted = env.GITHUB_WORKFLOW;
  if (!wanted) return undefined;
  const dir = '.github/workflows';
  let names: string[];
  try {
    names = readdirSync(join(workspace, dir)).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    return undefined;
  }
  for (const name of names.sort()) {
    const file = `${dir}/${name}`;
    if (file === wanted) return file;
    try {
      const name: unknown = parseDocument(readFileSync(join(workspace, file), 'utf8')).get('name');
      if (name === wanted) return file;
    } catch {
      // Not a workflow we can read: not ours.
    }
  }
  return undefined;
}

export function readJobWorkflow(workspace: string, file: string, jobId: string): JobWorkflow {
  return parseJobWorkflow(readFileSync(join(workspace, file), 'utf8'), file, jobId);
}

export function parseJobWorkflow(text: string, file: string, jobId: string): JobWorkflow {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 0 : lineCounter.linePos(offset).line;
  const jobs = doc.get('jobs');
  const result: JobWorkflow = { file, steps: new Map() };
  if (!isMap(jobs)) return result;
  const jobPair = jobs.items.find((pair) => isScalar(pair.key) && pair.key.value === jobId);
  if (!jobPair || !isMap(jobPair.value)) return result;
  result.jobLine = lineOf(isScalar(jobPair.key) ? jobPair.key.range?.[0] : undefined);
  const steps = jobPair.value.get('steps');
  if (!isSeq(steps)) return result;
  const maps = steps.items.filter(isMap) as YAMLMap[];
  const plain = maps.map((step) => ({
    id: stringField(step, 'id'),
    uses: stringField(step, 'uses'),
    run: stringField(step, 'run'),
    name: stringField(step, 'name'),
  }));
  const ids = stepContextIds(plain);
  maps.forEach((step, index) => {
    const fields = plain[index];
    const contextId = ids[index];
    if (!fields || contextId === undefined) return;
    const label =
      fields.name ??
      (fields.run !== undefined ? `Run ${firstLine(fields.run)}` : `Run ${fields.uses ?? contextId}`);
    result.steps.set(contextId, { contextId, label, line: lineOf(step.range?.[0]) });
  });
  return result;
}

function stringField(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function firstLine(script: string): string {
  return script.trim().split('\n', 1)[0] ?? '';
}

const MAX_ID_LENGTH = 100;

/**
 * The context id the runner gives each step: its `id`, else `__run` for a script and `__owner_repo`
 * for an action (`__self` for a local one, the image for `docker://`), with characters other than
 * ASCII letters, digits, `_` and `-` replaced by `_`, and `_2`, `_3`... on repeats. Explicit ids are
 * taken first, so a generated id never repeats one.
 */
export function stepContextIds(steps: ReadonlyArray<{ id?: string; uses?: string; run?: string }>): string[] {
  const taken = new Set(steps.flatMap((step) => (step.id ? [step.id] : [])));
  return steps.map((step) => {
    if (step.id) return step.id;
    const base = sanitize(`__${generatedName(step.uses)}`);
    for (let attempt = 1; ; attempt++) {
      const suffix = attempt === 1 ? '' : `_${attempt}`;
      const candidate = base.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  });
}

function generatedName(uses: string | undefined): string {
  if (uses === undefined) return 'run';
  if (uses.startsWith('docker://')) return uses.slice('docker://'.length);
  if (uses.startsWith('./') || uses.startsWith('.\\')) return 'self';
  const [path, ref, ...rest] = uses.split('@');
  const segments = (path ?? '').split(/[\\/]/).filter((s) => s !== '');
  if (rest.length > 0 || !ref || segments.length < 2) return 'run';
  return `${segments[0]}/${segments[1]}`;
}

function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}
