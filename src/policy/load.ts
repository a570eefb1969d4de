// Reading a policy: YAML (or JSON) with positions, schema validation with ajv, variable expansion,
// pattern compilation and presets. Problems are collected as PolicyError data, never thrown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, isMap, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import type { RuleRef } from '../records/types.js';
import type { PolicyError, PolicyErrorCode } from './errors.js';
import { compileCidr, compileGlob, compileHostGlob, compilePathGlob, type Compiled } from './match.js';
import { policySchema, type PolicyDocument, type RuleDocument } from './schema.js';

export interface CompiledRule {
  ref: RuleRef;
  host?: (host: string) => boolean;
  ip?: (address: string) => boolean;
  port?: number;
  scheme?: 'http' | 'https';
  methods?: ReadonlySet<string>;
  paths?: ReadonlyArray<(path: string) => boolean>;
  process?: (exe: string) => boolean;
  step?: (step: string) => boolean;
}

export interface Policy {
  /** The policy file first, then each preset it pulled in (as `preset:<name>`). */
  sources: string[];
  /** Own rules first, then each preset's in `extends` order. */
  allow: CompiledRule[];
  deny: CompiledRule[];
}

export interface LoadOptions {
  env: Record<string, string | undefined>;
  /** A relative policy file is read from here (default: the process's cwd) but named as given. */
  cwd?: string;
  /** Where preset files live; defaults to the policies/ folder shipped with egress-lens. */
  presetsDir?: string;
}

export interface LoadResult {
  policy?: Policy;
  errors: PolicyError[];
}

type SchemaValidator = ReturnType<typeof compileSchema>;
let schemaValidator: SchemaValidator | undefined;

function compileSchema() {
  return new Ajv({ allErrors: true, strict: true, verbose: true }).compile<PolicyDocument>(policySchema);
}

/** Compiled on first use: ~70 ms that a run without a policy should not pay at start. */
function validateSchema(): SchemaValidator {
  schemaValidator ??= compileSchema();
  return schemaValidator;
}

/** The policies/ folder shipped beside this code, found upward so it works from src/ and a bundle. */
export function defaultPresetsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'policies', 'schema.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the policies/ folder shipped with egress-lens');
    dir = parent;
  }
  return join(dir, 'policies');
}

export function loadPolicy(file: string, opts: LoadOptions): LoadResult {
  return new Loader(opts).load(file, file, []);
}

/** A policy made of presets only, as when the action is given preset names instead of a file. */
export function loadPresets(names: readonly string[], opts: LoadOptions): LoadResult {
  const text = `extends: [${names.map((name) => JSON.stringify(name)).join(', ')}]\n`;
  return parsePolicy(text, '(presets)', opts);
}

/** Same as loadPolicy, for text already in hand; `file` names it in errors and rule references. */
export function parsePolicy(source: string, file: string, opts: LoadOptions): LoadResult {
  return new Loader(opts).parse(source, file, file, []);
}

class Loader {
  private readonly presetsDir: string;
  private readonly loadedPresets = new Map<string, Policy>();

  constructor(private readonly opts: LoadOptions) {
    this.presetsDir = opts.presetsDir ?? defaultPresetsDir();
  }

  load(file: string, label: string, chain: readonly string[]): LoadResult {
    let source: string;
    try {
      source = readFileSync(resolve(this.opts.cwd ?? '.', file), 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return { errors: [fileError(file, 'unreadable-file', `cannot read the policy file (${reason})`)] };
    }
    return this.parse(source, file, label, chain);
  }

  /** `file` names the source in errors; `label` names it in rule references (`preset:<name>`). */
  parse(source: string, file: string, label: string, chain: readonly string[]): LoadResult {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset: number): { line: number; column: number } => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    };
    const errors: PolicyError[] = doc.errors.map((error) => ({
      code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'bad-yaml',
      file,
      ...at(error.pos[0]),
      field: '',
      message: `${error.message.split('\n', 1)[0] ?? ''}, expected valid YAML or JSON`,
    }));
    if (errors.length > 0) return { errors };

    let content: unknown;
    try {
      content = doc.toJS() ?? {};
    } catch (error) {
      // Aliases resolve only here: an unknown anchor, or an alias bomb past yaml's count, throws.
      const message = `${(error as Error).message.split('\n', 1)[0] ?? ''}, expected valid YAML or JSON`;
      return { errors: [{ code: 'bad-yaml', file, ...at(firstAliasOffset(doc)), field: '', message }] };
    }
    const fileCtx: FileContext = { file, label, doc, at, errors, source };
    const validate = validateSchema();
    if (!validate(content)) {
      for (const error of schemaErrors(validate.errors ?? [])) errors.push(ajvError(fileCtx, error, content));
    }
    const document = content as PolicyDocument;
    const allow = compileRules(fileCtx, 'allow', document.allow, this.opts.env);
    const deny = compileRules(fileCtx, 'deny', document.deny, this.opts.env);
    const policy: Policy = { sources: [label], allow, deny };

    for (const [index, name] of (Array.isArray(document.extends) ? document.extends : []).entries()) {
      if (typeof name !== 'string') continue;
      const preset = this.preset(name, fileCtx, ['extends', index], [...chain, label]);
      if (preset === undefined) continue;
      for (const source of preset.sources) if (!policy.sources.includes(source)) policy.sources.push(source);
      policy.allow.push(...preset.allow.filter((rule) => !policy.allow.includes(rule)));
      policy.deny.push(...preset.deny.filter((rule) => !policy.deny.includes(rule)));
    }
    return errors.length > 0 ? { errors } : { policy, errors };
  }

  private preset(name: string, ctx: FileContext, path: Path, chain: readonly string[]): Policy | undefined {
    const label = `preset:${name}`;
    if (chain.includes(label)) {
      const cycle = [...chain.slice(chain.indexOf(label)), label].map((entry) =>
        entry.replace(/^preset:/, ''),
      );
      ctx.errors.push(
        nodeError(ctx, 'preset-cycle', path, `"${name}" extends itself (${cycle.join(' -> ')})`),
      );
      return undefined;
    }
    const known = this.presetNames();
    if (!known.includes(name)) {
      const message = `got "${name}", expected one of the presets: ${known.join(', ')}`;
      ctx.errors.push(nodeError(ctx, 'unknown-preset', path, message));
      return undefined;
    }
    const cached = this.loadedPresets.get(name);
    if (cached !== undefined) return cached;
    const result = this.load(join(this.presetsDir, `${name}.yml`), label, chain);
    ctx.errors.push(...result.errors);
    if (result.policy !== undefined) this.loadedPresets.set(name, result.policy);
    return result.policy;
  }

  private presetNames(): string[] {
    return readdirSync(this.presetsDir)
      .filter((entry) => entry.endsWith('.yml'))
      .map((entry) => entry.slice(0, -'.yml'.length))
      .sort();
  }
}

// ---- positions --------------------------------------------------------------------------------------

type Path = ReadonlyArray<string | number>;

interface FileContext {
  file: string;
  label: string;
  doc: Document;
  source: string;
  at(offset: number): { line: number; column: number };
  errors: PolicyError[];
}

function fieldName(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** The node at `path`, or the nearest ancestor that exists. */
function nodeAt(doc: Document, path: Path): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (node !== undefined && node !== null && typeof node === 'object' && 'range' in node)
      return node as Node;
  }
  return undefined;
}

function offsetOf(node: Node | undefined): number {
  return node?.range?.[0] ?? 0;
}

function nodeError(
  ctx: FileContext,
  code: PolicyErrorCode,
  path: Path,
  message: string,
  offset?: number,
): PolicyError {
  return {
    code,
    file: ctx.file,
    ...ctx.at(offset ?? offsetOf(nodeAt(ctx.doc, path))),
    field: fieldName(path),
    message,
  };
}

function fileError(file: string, code: PolicyErrorCode, message: string): PolicyError {
  return { code, file, line: 1, column: 1, field: '', message };
}

// ---- schema errors ----------------------------------------------------------------------------------

/** When a value has the wrong type, other complaints about the same value are noise. */
function schemaErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath));
}

// The code for a bad value, by the rule field it sits under.
const BAD_VALUE_CODES = {
  host: 'bad-host',
  ip: 'bad-cidr',
  port: 'bad-port',
  scheme: 'bad-scheme',
  methods: 'bad-method',
  paths: 'bad-path',
  process: 'bad-glob',
  step: 'bad-glob',
} as const satisfies Record<keyof RuleDocument, PolicyErrorCode>;

function ajvError(ctx: FileContext, error: ErrorObject, content: unknown): PolicyError {
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const value = path.reduce<unknown>((parent, key) => (parent as Record<string, unknown>)[key], content);
  const schema = error.parentSchema as { description?: string; properties?: Record<string, unknown> };
  const expected = `expected ${schema.description ?? 'what the schema allows'}`;
  const key = [...path].reverse().find((part): part is string => typeof part === 'string') ?? '';
  const badValue = key in BAD_VALUE_CODES ? BAD_VALUE_CODES[key as keyof RuleDocument] : 'wrong-type';

  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(schema.properties ?? {}).join(', ');
      const map = ctx.doc.getIn(path, true);
      const pair = isMap(map)
        ? map.items.find((item) => isScalar(item.key) && item.key.value === unknown)
        : undefined;
      const keyNode = pair?.key as Node | undefined;
      return nodeError(
        ctx,
        'unknown-key',
        [...path, unknown],
        `unknown key, expected one of: ${allowed}`,
        keyNode?.range?.[0],
      );
    }
    case 'type':
      if (typeof value === 'number' && key === 'port')
        return nodeError(ctx, 'bad-port', path, `got ${value}, ${expected}`);
      return nodeError(ctx, 'wrong-type', path, `got ${describe(value)}, ${expected}`);
    case 'minProperties':
      return nodeError(
        ctx,
        'empty-rule',
        path,
        `got an empty rule, which would match everything; ${expected}`,
      );
    case 'minItems':
      return nodeError(ctx, 'empty-list', path, `got an empty list, ${expected}`);
    default:
      return nodeError(ctx, badValue, path, `got ${describe(value)}, ${expected}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

// ---- rules ------------------------------------------------------------------------------------------

const RULE_PROPERTIES = policySchema.properties.allow.items.properties;

type PatternKey = 'host' | 'ip' | 'paths' | 'process' | 'step';

function compileRules(
  ctx: FileContext,
  kind: 'allow' | 'deny',
  rules: readonly RuleDocument[] | undefined,
  env: LoadOptions['env'],
): CompiledRule[] {
  if (!Array.isArray(rules)) return [];
  const compiled: CompiledRule[] = [];
  for (const [index, rule] of rules.entries()) {
    if (typeof rule !== 'object' || rule === null) continue;
    const base: Path = [kind, index];
    const line = ctx.at(offsetOf(nodeAt(ctx.doc, base))).line;
    const out: CompiledRule = { ref: { kind, file: ctx.label, line, index } };

    // Each string field is expanded, then compiled; a failure is recorded against its own node.
    const pattern = <T>(
      key: PatternKey,
      field: Path,
      raw: unknown,
      compile: (text: string) => Compiled<T>,
    ) => {
      if (typeof raw !== 'string') return undefined;
      const text = expandVariables(ctx, field, raw, env);
      if (text === undefined) return undefined;
      const result = compile(text);
      if (result.ok) return result.value;
      const expected =
        key === 'paths' ? RULE_PROPERTIES.paths.items.description : RULE_PROPERTIES[key].description;
      ctx.errors.push(nodeError(ctx, BAD_VALUE_CODES[key], field, `${result.problem}, expected ${expected}`));
      return undefined;
    };

    out.host = pattern('host', [...base, 'host'], rule.host, compileHostGlob);
    out.ip = pattern('ip', [...base, 'ip'], rule.ip, compileCidr);
    out.process = pattern('process', [...base, 'process'], rule.process, compileGlob);
    out.step = pattern('step', [...base, 'step'], rule.step, compileGlob);
    if (Array.isArray(rule.paths)) {
      const paths: string[] = rule.paths;
      out.paths = paths.flatMap(
        (path, i) => pattern('paths', [...base, 'paths', i], path, compilePathGlob) ?? [],
      );
    }
    if (typeof rule.port === 'number') out.port = rule.port;
    if (rule.scheme === 'http' || rule.scheme === 'https') out.scheme = rule.scheme;
    if (Array.isArray(rule.methods)) out.methods = new Set(rule.methods);
    compiled.push(dropUndefined(out));
  }
  return compiled;
}

function dropUndefined(rule: CompiledRule): CompiledRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as CompiledRule;
}

// ---- variables --------------------------------------------------------------------------------------

const VARIABLE = /\$\{([^}]*)\}/g;
const VARIABLE_FORMS = '${GITHUB_REPOSITORY}, ${GITHUB_REPOSITORY_OWNER} or ${env.NAME}';

/** `${GITHUB_REPOSITORY}`, `${GITHUB_REPOSITORY_OWNER}` and `${env.NAME}` from the environment. */
function expandVariables(
  ctx: FileContext,
  path: Path,
  text: string,
  env: LoadOptions['env'],
): string | undefined {
  let failed = false;
  const expanded = text.replace(VARIABLE, (token, name: string) => {
    const envName = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(name)?.[1];
    const variable = name === 'GITHUB_REPOSITORY' || name === 'GITHUB_REPOSITORY_OWNER' ? name : envName;
    const value = variable === undefined ? undefined : env[variable];
    if (value !== undefined) return value;
    failed = true;
    // Point at the token itself when it appears verbatim in the source (no escapes in between).
    const node = nodeAt(ctx.doc, path);
    const [start = 0, end = 0] = node?.range ?? [];
    const inSource = ctx.source.slice(start, end).indexOf(token);
    const offset = inSource >= 0 ? start + inSource : start;
    const error =
      variable === undefined
        ? nodeError(
            ctx,
            'unknown-variable',
            path,
            `unknown variable ${token}, expected ${VARIABLE_FORMS}`,
            offset,
          )
        : nodeError(
            ctx,
            'undefined-variable',
            path,
            `${token} is not set, expected ${variable} in the environment`,
            offset,
          );
    ctx.errors.push(error);
    return token;
  });
  return failed ? undefined : expanded;
}

/** Where the document's first alias is: the likely culprit when resolving aliases fails. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
