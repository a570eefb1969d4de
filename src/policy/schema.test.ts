import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultPresetsDir } from './load.js';
import { PRESET_NAMES, policySchema, type PolicyDocument } from './schema.js';

const schemaFile = fileURLToPath(new URL('../../policies/schema.json', import.meta.url));

/** The schema as the repository's prettier writes it, so `prettier --check` and this test agree. */
async function schemaJsonText(): Promise<string> {
  const config = await prettier.resolveConfig(schemaFile);
  return prettier.format(JSON.stringify(policySchema), { ...config, filepath: schemaFile });
}

describe('policies/schema.json', () => {
  // Editors read the JSON file, the code reads schema.ts: they must be the same schema.
  // After changing schema.ts, regenerate with: UPDATE_SCHEMA=1 npx vitest run src/policy/schema.test.ts
  it('is the serialization of policySchema', async () => {
    const expected = await schemaJsonText();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, expected);
    expect(readFileSync(schemaFile, 'utf8')).toBe(expected);
  });

  it('parses back to the same object', () => {
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(policySchema);
  });

  it('lists exactly the preset files shipped in policies/', () => {
    const files = readdirSync(defaultPresetsDir())
      .filter((file) => file.endsWith('.yml'))
      .map((file) => file.replace(/\.yml$/, ''));
    expect([...PRESET_NAMES]).toEqual(files.sort());
  });
});

describe('PolicyDocument', () => {
  // Checked by tsc (npm run typecheck): fails when the schema and the engine's idea of a policy drift.
  it('is the type derived from the schema', () => {
    type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'CONNECT' | 'TRACE';
    type Rule = {
      host?: string;
      ip?: string;
      port?: number;
      scheme?: 'http' | 'https';
      methods?: Method[];
      paths?: string[];
      process?: string;
      step?: string;
    };
    expectTypeOf<PolicyDocument>().toEqualTypeOf<{ extends?: string[]; allow?: Rule[]; deny?: Rule[] }>();
  });
});
