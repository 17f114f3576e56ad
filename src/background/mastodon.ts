import { browser } from '../shared/platform.ts';

// Mastodon runs on thousands of hosts, so its instances cannot be listed in the manifest.
// Each one the policy names, and that the user has granted (permissions.request from the
// options page), gets the same content script registered at run time. This is why the
// manifest asks for "scripting": no other API injects into a host chosen after install.

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
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  if (!granted.length || !js.length) return [];
  await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js, runAt: 'document_start', persistAcrossSessions: true }]);
  return granted;
}
