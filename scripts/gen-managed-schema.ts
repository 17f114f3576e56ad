// Writes public/managed_schema.json, Chrome's schema for chrome.storage.managed, from the policy
// schema itself (src/engine/policy/schema.ts), so the two cannot drift. `npm run docs` runs it;
// test/policy/managed-schema.test.ts fails when the committed file is stale.
//
// Chrome accepts a subset of JSON Schema (draft 03 style): every node has exactly one `type`
// (or a $ref), the top level is an object without additionalProperties, and `pattern` is
// compiled with RE2. Keywords outside that subset are dropped here; the extension validates
// the full schema itself when it reads managed storage (see managed.ts), so nothing is lost.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { RE2JS } from 're2js';
import { z } from 'zod';
import { policyPatchSchema } from '../src/engine/policy/schema.ts';

export const MANAGED_SCHEMA_PATH = new URL('../public/managed_schema.json', import.meta.url);

const TITLES: Record<string, [string, string]> = {
  version: ['Policy format version', 'Format version of these settings; leave unset for the current one.'],
  name: ['Policy name', 'Shown in the popup so staff know which policy applies.'],
  revision: ['Policy revision', 'Your own revision label, shown in the popup.'],
  packs: ['Jurisdiction packs', 'Which jurisdictions\' identifier rules run: ca, us, uk.'],
  language: ['Language', 'auto (follow the browser), en or fr.'],
  rules: ['Rule settings', 'Per rule id: {"enabled": boolean, "severity": "high"|"medium"|"low"|"info"}.'],
  allowlist: ['Allowlist', 'Terms that are never flagged (the organisation\'s own name, public lines).'],
  customTerms: ['Custom terms', 'Whole-word, case-insensitive terms to flag, with a category and severity.'],
  customPatterns: ['Custom patterns', 'RE2 patterns to flag (no backreferences or lookaround), with an id, category and severity.'],
  actions: ['Actions by severity', 'warn, confirm or block for high, medium and low findings.'],
  override: ['Override', 'Whether a blocked post may be posted anyway, and whether a reason is required.'],
  guidance: ['Guidance', 'Organisation text shown with findings, a policy URL and a privacy contact.'],
  sites: ['Sites', 'Which sites are checked; mastodon lists instance host names.'],
  allowPause: ['Allow pause', 'Whether staff may pause checking on a site from the popup.'],
  audit: ['Audit counters', 'Whether rule-id counts are kept, and for how many days.'],
};

type Node = Record<string, unknown>;

const re2Compiles = (pattern: string) => {
  try { RE2JS.compile(pattern); return true; } catch { return false; }
};

/** Keeps the keywords Chrome understands; turns `const` into a one-value enum. */
function toChrome(node: Node): Node {
  const out: Node = {};
  let type = node.type;
  if (node.const !== undefined) {
    out.enum = [node.const];
    type ??= typeof node.const === 'number' ? 'integer' : typeof node.const;
  }
  if (type === 'number' && Array.isArray(out.enum) && out.enum.every(Number.isInteger)) type = 'integer';
  if (type === undefined) throw new Error(`schema node without a type: ${JSON.stringify(node)}`);
  out.type = type;
  if (typeof node.description === 'string') out.description = node.description;
  if (Array.isArray(node.enum)) out.enum = node.enum;
  if (type === 'integer') {
    if (typeof node.minimum === 'number' && Number.isSafeInteger(node.minimum)) out.minimum = node.minimum;
    if (typeof node.maximum === 'number' && Number.isSafeInteger(node.maximum)) out.maximum = node.maximum;
  }
  // Chrome compiles `pattern` with RE2; one it cannot compile would stop the extension loading.
  if (typeof node.pattern === 'string' && re2Compiles(node.pattern)) out.pattern = node.pattern;
  if (node.properties) {
    out.properties = Object.fromEntries(Object.entries(node.properties as Record<string, Node>).map(([k, v]) => [k, toChrome(v)]));
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    out.additionalProperties = toChrome(node.additionalProperties as Node);
  }
  if (node.items) out.items = toChrome(node.items as Node);
  return out;
}

export function buildManagedSchema(): Node {
  const json = z.toJSONSchema(policyPatchSchema, { unrepresentable: 'any' }) as Node;
  const top = toChrome(json);
  const properties = top.properties as Record<string, Node>;
  for (const [key, node] of Object.entries(properties)) {
    const t = TITLES[key];
    if (!t) throw new Error(`managed schema: no title for policy key "${key}"; add one to TITLES`);
    properties[key] = { title: t[0], description: t[1], ...node };
  }
  return { type: 'object', properties };
}

export const renderManagedSchema = () => `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(MANAGED_SCHEMA_PATH, renderManagedSchema());
  console.log('wrote public/managed_schema.json');
}
