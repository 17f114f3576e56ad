import type { Category, Severity } from '../engine/types.ts';
import type { Policy } from '../engine/policy/schema.ts';
import type { ImageRequest } from '../image/service.ts';

// Every message between the parts, as one discriminated union. Findings travel as
// positions, rule ids and our own suggestion texts; the text of a post never enters a
// message, so the background, the popup and storage cannot hold it.

/** A finding as the popup and badge see it. `key` is stable for the life of the composer's text. */
export interface FindingSummary {
  key: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  /**
   * Fixes offered for this finding: the replacement text (ours, not the user's) and, for fixes
   * that do more than replace (a claim's "Add a source" inserts), the message key naming them.
   */
  suggestions: Array<{ replacement: string; labelKey?: string }>;
  /** The finding's machine reason code (e.g. a claim's 'source' or 'hedged'), for its guidance. */
  reason?: string;
  /** Image findings name the attachment by the content script's id for it, never by file name. */
  image?: number;
  /** For text found in an image: what kind of thing (name, id, date...), for its description. */
  textCategory?: string;
}

export type SiteId = 'x' | 'facebook' | 'linkedin' | 'bluesky' | 'threads' | 'reddit' | 'mastodon' | 'generic';

/** Why a tab is or is not being checked, for the popup. */
export type TabStatus = 'active' | 'no-composer' | 'paused' | 'unsupported' | 'disabled-by-policy';

export interface TabState {
  status: TabStatus;
  site?: SiteId;
  findings: FindingSummary[];
}

export interface EffectivePolicy {
  policy: Policy;
  /** Dotted paths set by the managed (organisation) policy; the UI shows them locked. */
  locked: string[];
  managed: boolean;
  /**
   * Sites paused by the user: site id -> epoch ms when the pause ends (0 = until turned back on).
   * Expired pauses are already removed, but a tab should still compare with Date.now(): no
   * message is sent at the moment an hour-long pause runs out.
   */
  paused: Record<string, number>;
}

export type AuditAction = 'warned' | 'fixed' | 'ignored' | 'allowlisted' | 'overridden' | 'posted-clean' | 'cancelled';
export type OverrideReason = 'consent' | 'not-patient' | 'public-info' | 'deidentified' | 'other';

export type TabCommand =
  | { kind: 'fix'; key: string; suggestion: number }
  | { kind: 'fix-all' }
  | { kind: 'ignore'; key: string }
  | { kind: 'allowlist'; key: string }
  /** Stop listing a kept image (by its id in FindingSummary.image) for this post. */
  | { kind: 'image-ignore'; image: number };

/** The content script's answer to 'image-thumbnail': a small PNG with the boxes drawn, made on request. */
export type ThumbnailAnswer = { ok: true; dataUrl: string; width: number; height: number; boxes: number } | { ok: false };

export type Message =
  // content -> background
  | { type: 'tab-state'; state: TabState }
  | { type: 'get-policy' }
  | { type: 'audit'; site: SiteId; action: AuditAction; ruleIds: string[]; reason?: OverrideReason }
  | { type: 'allowlist-add'; term: string }
  /** The gate's "Before you post" link: pages cannot open extension pages themselves. */
  | { type: 'open-checklist' }
  /** A lazy chunk of the content script on a host added at run time (any-host-script.ts). */
  | { type: 'any-host-chunk'; file: string }
  // content -> background -> (Chrome) offscreen document: images travel as base64
  | ImageRequest
  // popup/options -> background
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'tab-command'; tabId: number; command: TabCommand }
  | { type: 'set-pause'; site: SiteId; until: number | null }
  | { type: 'audit-clear' }
  // background -> extension pages (the popup follows its tab live)
  | { type: 'tab-state-changed'; tabId: number; state: TabState | null }
  // background -> content (tabs.sendMessage)
  | { type: 'policy-changed'; effective: EffectivePolicy }
  | { type: 'run-command'; command: TabCommand }
  // popup -> content (tabs.sendMessage, straight to the tab: pixels never pass the background)
  | { type: 'image-thumbnail'; image: number };

/** What the background answers to set-pause, allowlist-add and tab-command. */
export type CommandResult = { ok: true } | { ok: false; reason: 'locked' | 'not-allowed' | 'invalid' | 'no-tab' };

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
