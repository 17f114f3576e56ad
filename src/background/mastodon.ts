import { browser } from '../shared/platform.ts';
import { ANY_HOST_CONTENT_SCRIPT } from './any-host-script.ts';

// Mastodon runs on thousands of hosts, so its instances cannot be listed in the manifest.
// Each one the policy names, and that the user has granted (permissions.request from the
// options page), gets the content script registered at run time, in its self-contained form
// (any-host-script.ts). This is why the manifest asks for "scripting": no other API injects
// into a host chosen after install. An instance dropped from the list, or whose grant is
// withdrawn, is left out of the next registration; pages already open keep their copy until
// they are reloaded.

const SCRIPT_ID = 'ctp-mastodon';

export function originPattern(host: string): string {
  return `https://${host}/*`;
}

export async function syncMastodonScripts(hosts: readonly string[]): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [originPattern(host)] })) granted.push(originPattern(host));
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return [];
  await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: [ANY_HOST_CONTENT_SCRIPT], runAt: 'document_start', persistAcrossSessions: true }]);
  return granted;
}

/**
 * Registers again whenever this browser grants or withdraws a host (the options page's "Grant
 * access", or the browser's own site-access controls), so the registration always matches the
 * listed instances the extension may actually read.
 */
export function watchGrants(hosts: () => Promise<readonly string[]>): void {
  const sync = () => { void hosts().then(syncMastodonScripts).catch(() => undefined); };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
