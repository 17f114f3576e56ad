// Apart from schema.ts so that analyze() and the defaults can name the version without
// pulling the schema library into every content script; only validation needs zod.
export const POLICY_VERSION = 1;
