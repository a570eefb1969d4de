// One annotation per distinct violation, on the workflow line of the step that made the call:
// an error in enforce mode, a warning in audit mode. GitHub shows at most 10 of each kind per
// step, so the rest are folded into one notice that says how many.
import { basename } from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import type { Violation } from '../policy/index.js';
import { stepLabel } from './summary.js';
import type { JobWorkflow } from './workflow.js';

export const MAX_ANNOTATIONS = 10;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: AnnotationProperties;
}

export function violationAnnotations(
  violations: readonly Violation[],
  workflow: JobWorkflow | undefined,
  mode: 'audit' | 'enforce',
): Annotation[] {
  const steps = workflow?.steps ?? new Map();
  const distinct = new Map<string, Violation>();
  for (const violation of violations) {
    const key = `${violation.process.step ?? ''}\0${violation.judgement.verdict}\0${violation.destination}`;
    if (!distinct.has(key)) distinct.set(key, violation);
  }
  const all = [...distinct.values()].map((violation): Annotation => {
    const { judgement, process } = violation;
    const step = process.step === undefined ? undefined : steps.get(process.step);
    const line = step?.line ?? workflow?.jobLine;
    const rule =
      judgement.rule === undefined
        ? 'no rule in the policy allows it'
        : `${judgement.rule.kind} rule at ${judgement.rule.file}:${judgement.rule.line}`;
    const properties: AnnotationProperties = {
      title: `egress-lens: ${judgement.verdict === 'denied' ? 'denied' : 'not allowed'}: ${violation.destination}`,
    };
    if (workflow !== undefined && line !== undefined) {
      properties.file = workflow.file;
      properties.startLine = line;
    }
    return {
      level: mode === 'enforce' ? 'error' : 'warning',
      message: `${violation.destination} by ${basename(process.exe) || '?'} (pid ${process.pid}) in step "${stepLabel({ steps }, process)}": ${rule}`,
      properties,
    };
  });
  if (all.length <= MAX_ANNOTATIONS) return all;
  const folded = all.length - MAX_ANNOTATIONS;
  return [
    ...all.slice(0, MAX_ANNOTATIONS),
    {
      level: 'notice',
      message: `${folded} more distinct ${folded === 1 ? 'violation is' : 'violations are'} not annotated: the job summary and the report list them all`,
      properties: { title: 'egress-lens: more violations' },
    },
  ];
}
