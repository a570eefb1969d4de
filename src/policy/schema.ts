// The policy schema, kept here as a const object so json-schema-to-ts can derive the types from it.
// policies/schema.json is its serialization, formatted by prettier (schema.test.ts fails when they
// differ): editors read the JSON file, the code reads this object. Descriptions double as the "expected ..." part of errors.
import type { FromSchema } from 'json-schema-to-ts';

/** Where editors fetch the schema from; written into suggested policies. */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/egress-lens/egress-lens/main/policies/schema.json';

export const HTTP_METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'CONNECT',
  'TRACE',
] as const;

export const PRESET_NAMES = [
  'crates',
  'docker',
  'github',
  'go',
  'maven',
  'npm',
  'pypi',
  'rubygems',
  'ubuntu',
] as const;

const ruleSchema = {
  type: 'object',
  description: 'a rule: a mapping of host, ip, port, scheme, methods, paths, process and step',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    host: {
      type: 'string',
      description:
        'a host name glob: an exact name, "*" for one label (or part of one), "**" as a whole label for any depth',
    },
    ip: {
      type: 'string',
      description: 'an IPv4 or IPv6 address or CIDR block, such as 10.0.0.0/8 or 2001:db8::/32',
    },
    port: {
      type: 'integer',
      minimum: 1,
      maximum: 65535,
      description: 'a TCP port, an integer from 1 to 65535',
    },
    scheme: {
      type: 'string',
      enum: ['http', 'https'],
      description: 'a URL scheme: http or https',
    },
    methods: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'string',
        enum: HTTP_METHODS,
        description: `an HTTP method: ${HTTP_METHODS.join(', ')}`,
      },
      description: `a list of HTTP methods: ${HTTP_METHODS.join(', ')}`,
    },
    paths: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'string',
        description:
          'a path glob starting with "/", without query: "*" within one segment, "**" for any depth',
      },
      description: 'a list of path globs starting with "/", such as "/v1/**"',
    },
    process: {
      type: 'string',
      description: 'a glob on the executable path, such as "**/terraform"',
    },
    step: {
      type: 'string',
      description: 'a glob on the workflow step name or id',
    },
  },
} as const;

export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'egress-lens policy',
  description:
    'an egress-lens policy: a mapping of extends, allow and deny, saying which HTTP/HTTPS destinations a job may reach',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: {
      type: 'array',
      description: `a list of presets shipped in policies/: ${PRESET_NAMES.join(', ')}`,
      items: {
        type: 'string',
        examples: PRESET_NAMES,
        description: `a preset name: ${PRESET_NAMES.join(', ')}`,
      },
    },
    allow: {
      type: 'array',
      description: 'a list of rules; a request matching one is allowed unless a deny rule matches',
      items: ruleSchema,
    },
    deny: {
      type: 'array',
      description: 'a list of rules; a request matching one is denied whatever the allow rules say',
      items: ruleSchema,
    },
  },
} as const;

/** A policy file as written, after validation and before variables are expanded. */
export type PolicyDocument = FromSchema<typeof policySchema>;
export type RuleDocument = FromSchema<typeof ruleSchema>;
