// A logger whose signature cannot carry user text: an event name from a closed set and
// numbers only. Privacy by construction beats remembering not to log a post.

export type LogEvent =
  | 'boot' | 'composer-attached' | 'composer-detached' | 'analysis' | 'gate-shown'
  | 'fix-applied' | 'fix-failed' | 'policy-applied' | 'policy-rejected' | 'ocr-failed' | 'error';

export function log(event: LogEvent, numbers: Record<string, number> = {}): void {
  if (!import.meta.env?.DEV) return;
  console.debug(`[clear-to-post] ${event}`, numbers);
}
