import type { Category, Severity } from '../engine/types.ts';

// Every message between the parts, as one discriminated union. Findings travel as
// positions and rule ids only; the text of a post never enters a message.

export interface FindingSummary {
  ruleId: string;
  category: Category;
  severity: Severity;
}

export type Message =
  | { type: 'tab-findings'; findings: FindingSummary[]; site: string }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'get-policy' }
  | { type: 'audit'; site: string; action: AuditAction; ruleIds: string[]; reason?: OverrideReason };

export type AuditAction = 'warned' | 'fixed' | 'ignored' | 'allowlisted' | 'overridden' | 'posted-clean';
export type OverrideReason = 'consent' | 'not-patient' | 'public-info' | 'deidentified' | 'other';

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
