// The policy API for the options page, the background (managed storage) and the CLI.
export * from './schema.ts';
export { DEFAULT_POLICY } from './defaults.ts';
export { customRules, patternProblem, MAX_PATTERN_LENGTH, MAX_SCAN_LENGTH } from './custom.ts';
export { migratePolicy } from './migrate.ts';
export { mergePolicies, type MergedPolicy } from './merge.ts';
export { loadPolicy, parsePolicy, MAX_POLICY_BYTES, type PolicyLoadResult, type LoadOptions } from './parse.ts';
export { policyFromManaged, MANAGED_KEYS } from './managed.ts';
