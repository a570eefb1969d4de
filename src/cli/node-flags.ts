// Node's flags for a process that captures: `run`, and the action's `agent` (src/action/start.ts).
// bin/egress-lens.js starts node with them too, from its shebang; a test keeps the two the same.

/**
 * The young generation: node lets it grow to 2 × 16 MB. The agent allocates fast and keeps little;
 * capped at 2 × 4 MB its peak RSS over 60-100k requests was ~20 MB lower, for no CPU we could
 * measure (2 × 1 MB saved a few MB more, for a quarter more CPU while the job runs).
 */
export const CAPTURE_NODE_FLAGS = ['--max-semi-space-size=4'];
