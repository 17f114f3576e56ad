import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// Browsers cannot be downloaded on these machines: find a system Chromium
// (CHROME_PATH first, then the usual places) or stop with a message that says what to do.
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian: apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome (< 137, which still honours --load-extension) executable.',
    );
  }
  return found;
}

export const EXTENSION_DIR = resolve('dist/chrome');

function extensionArgs(): string[] {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request that left the browser for somewhere other than the extension or a fixture. */
  leaks: string[];
  /** Every request the extension's service worker made, its own package files included. */
  workerRequests: string[];
  close(): Promise<void>;
}

/** Hosts the tests serve locally through request routing; nothing else may be requested. */
export const FIXTURE_HOSTS = new Set([
  'x.com', 'twitter.com', 'mobile.x.com', 'www.facebook.com', 'www.linkedin.com', 'bsky.app',
  'www.threads.net', 'www.threads.com', 'www.reddit.com', 'mastodon.social', 'demo.clear-to-post.test',
]);

/**
 * Records `origins` as optional host permissions the user already accepted once, in the
 * profile's preferences, so that chrome.permissions.request() for them resolves true without
 * its prompt (Chromium does not prompt again for permissions granted before; a headless browser
 * cannot show the prompt at all). Nothing is active until the extension requests it.
 */
function seedGrants(userDataDir: string, extensionId: string, origins: readonly string[]): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, unknown>> } };
  const entry = prefs.extensions.settings[extensionId];
  if (!entry) throw new Error(`no preferences for extension ${extensionId}`);
  entry.runtime_granted_permissions = { api: [], manifest_permissions: [], explicit_host: [...origins], scriptable_host: [...origins] };
  writeFileSync(file, JSON.stringify(prefs));
}

export interface LaunchOptions {
  locale?: string;
  headless?: boolean;
  /** Optional host permissions the test user has accepted before (see seedGrants). */
  grantedBefore?: string[];
}

export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-'));
  if (opts.grantedBefore?.length) {
    // One start to install the extension and write its preferences, then the grant on disk.
    const first = await chromium.launchPersistentContext(userDataDir, { executablePath: findChromium(), headless: true, args: extensionArgs() });
    const sw = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    await first.close();
    seedGrants(userDataDir, id, opts.grantedBefore);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'en-US',
    args: [...extensionArgs(), ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
  });
  const leaks: string[] = [];
  const workerRequests: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) workerRequests.push(r.url());
    const u = new URL(r.url());
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (FIXTURE_HOSTS.has(u.hostname)) return;
    leaks.push(r.url());
  });
  // Belt and braces: whatever is recorded above is also stopped here, so a leak found by a test
  // never reached the network. Only http(s) to non-fixture hosts is matched: a catch-all route
  // would also intercept the extension's own chrome-extension:// loads.
  await context.route(
    (u) => (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') && !FIXTURE_HOSTS.has(u.hostname),
    (r) => r.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    leaks,
    workerRequests,
    // Every browser test file gets the privacy check for free: a request that left for anywhere
    // but the extension or a local fixture fails the file, whatever the test was about.
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (leaks.length > 0) throw new Error(`requests left the machine during the test:\n${leaks.join('\n')}`);
    },
  };
}
