import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import WebSocket from 'ws';
import { bundle, html, SITES, type Site } from './sites.ts';

// The Firefox build, driven in a real Firefox. playwright-core's Firefox support needs its own
// patched build or a newer Firefox than Debian's ESR, so these tests speak WebDriver BiDi (the
// W3C protocol Firefox implements natively) over a WebSocket: start Firefox with a remote port,
// install the extension as a temporary add-on, and answer the fake sites' requests through
// network interception, as the Chromium tests do with routing.

export const FIREFOX_EXTENSION_ID = 'clear-to-post@clear-to-post.org';
export const FIREFOX_DIR = resolve('dist/firefox');
/**
 * The extension's internal UUID, fixed through a profile preference so the tests can open its
 * pages (moz-extension://<uuid>/...): Firefox otherwise picks a random one per profile.
 */
export const FIREFOX_EXTENSION_UUID = '7c1d0a52-3f4e-4b8a-9d61-2e5f0c7a9b13';

/** FIREFOX_PATH, then the usual places; undefined when there is none. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox']
    .find((p) => existsSync(p));
}

interface Pending { resolve(v: unknown): void; reject(e: Error): void; method: string }

export class Bidi {
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Array<(params: any) => void>>();

  constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.type === 'event') {
        for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`${p.method}: ${msg.error}: ${msg.message}`));
      else p.resolve(msg.result);
    });
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: Firefox closed the connection`));
      this.pending.clear();
    });
  }

  send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method: string, listener: (params: any) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }
}

export interface FirefoxSession {
  bidi: Bidi;
  /** The top-level browsing context (tab) the tests drive. */
  tab: string;
  /** Browser console errors from the extension (background page, content scripts). */
  errors: string[];
  close(): Promise<void>;
}

/** Policies for Firefox's enterprise policy file, the way an IT team writes policies.json. */
export interface FirefoxLaunchOptions {
  /** The extension's part of the policy: policies.3rdparty.Extensions[id]. Needs root. */
  managed?: Record<string, unknown>;
}

/** Where Firefox on Linux reads system-wide enterprise policies. */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const exe = findFirefox();
  if (!exe) throw new Error('No Firefox found: install firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`${FIREFOX_DIR} is missing: run npm run build first.`);
  if (opts.managed) {
    mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
    writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: opts.managed } } } }, null, 2));
  }
  const profile = mkdtempSync(join(tmpdir(), 'ctp-firefox-'));
  // Quiet profile: no first-run pages, no update, telemetry or safe-browsing traffic competing
  // with the test (none of it is the extension's; the Chromium tests record the extension's).
  writeFileSync(join(profile, 'user.js'), Object.entries({
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    // Headless windows never get focus from the OS; test mode gives the active one focus events.
    'focusmanager.testmode': true,
    'extensions.originControls.grantByDefault': true,
    // permissions.request (the options page's "Add" of a Mastodon instance) answers yes at
    // once: a headless browser cannot show the prompt.
    'extensions.webextOptionalPermissionPrompts': false,
    // Extension pages' and content scripts' console output goes to stdout, for FIREFOX_LOG.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    'browser.dom.window.dump.enabled': true,
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
  }).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));

  const proc: ChildProcess = spawn(exe, ['--headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const errors: string[] = [];
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not open its WebDriver BiDi port within 30 s')), 30_000);
    proc.once('exit', (code) => reject(new Error(`Firefox exited with code ${code} before the test could connect`)));
    proc.stderr!.on('data', (d: Buffer) => {
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(d));
      if (m) { clearTimeout(timer); resolveUrl(m[1]!); }
    });
  });
  if (process.env.FIREFOX_LOG) proc.stdout!.on('data', (d: Buffer) => process.stdout.write(`[firefox] ${d}`));
  else proc.stdout!.resume();
  const ws = new WebSocket(`${url}/session`);
  await new Promise((r, j) => { ws.once('open', r); ws.once('error', j); });
  const bidi = new Bidi(ws);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
  await bidi.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
  bidi.on('log.entryAdded', (e) => {
    if (process.env.FIREFOX_LOG) console.log('[firefox]', e.level, JSON.stringify(e).slice(0, 1500));
    if (e.level === 'error') errors.push(`${e.source?.realm ?? ''} ${e.text}`);
  });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIR } });
  // The window Firefox starts with never gets focus when headless, even in focus test mode; a
  // window opened over the protocol does, and editors and the content script need focus events.
  const tab: string = (await bidi.send('browsingContext.create', { type: 'window' })).context;
  return {
    bidi, tab, errors,
    async close() {
      ws.close();
      proc.kill();
      await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
      if (opts.managed) rmSync(FIREFOX_POLICY_FILE, { force: true });
    },
  };
}

type Responder = (url: URL, isDocument: boolean) => { status: number; type: string; body: string };

/** Answers every request to `hostname` with `respond`, as context.route does for the Chromium tests. */
export async function route(s: FirefoxSession, hostname: string, respond: Responder): Promise<void> {
  await s.bidi.send('network.addIntercept', { phases: ['beforeRequestSent'], urlPatterns: [{ type: 'pattern', protocol: 'https', hostname }] });
  s.bidi.on('network.beforeRequestSent', (e) => {
    const url = new URL(e.request.url);
    if (!e.isBlocked || url.hostname !== hostname) return;
    const r = respond(url, e.request.destination === 'document' || Boolean(e.navigation));
    void s.bidi.send('network.provideResponse', {
      request: e.request.request,
      statusCode: r.status,
      reasonPhrase: r.status === 200 ? 'OK' : 'Not Found',
      headers: [{ name: 'content-type', value: { type: 'string', value: r.type } }],
      body: { type: 'string', value: r.body },
    });
  });
}

/** Serves a site's fixture page and its bundled editor, as sites.ts does for Chromium. */
export async function serveSite(s: FirefoxSession, site: Site, opts: { lang?: string } = {}): Promise<void> {
  const js = await bundle(site);
  const page = html(site, opts);
  await route(s, new URL(SITES[site].url).hostname, (url, isDocument) =>
    url.pathname === '/__fixture__/app.js' ? { status: 200, type: 'text/javascript; charset=utf-8', body: js }
      : isDocument ? { status: 200, type: 'text/html; charset=utf-8', body: page }
        : { status: 404, type: 'text/plain', body: '' });
}

/** Runs `expression` in the page's own world (the tab's, or `context`'s) and returns its JSON value. */
export async function evaluate<T>(s: FirefoxSession, expression: string, context = s.tab): Promise<T> {
  const r = await s.bidi.send('script.evaluate', {
    target: { context }, awaitPromise: true,
    expression: `(async () => JSON.stringify(await (${expression})))()`,
  });
  if (r.type === 'exception') throw new Error(`evaluate(${expression}): ${r.exceptionDetails.text}`);
  const v = r.result.value as string | undefined;
  return (v === undefined ? undefined : JSON.parse(v)) as T;
}

/** Polls `expression` until it is truthy, as expect.poll does for the Chromium tests. */
export async function waitFor<T>(s: FirefoxSession, expression: string, timeoutMs = 20_000, context = s.tab): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await evaluate<T>(s, expression, context);
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression} (last value ${JSON.stringify(last)})`);
}

/**
 * The browsing context of the first extension page open in a tab. The protocol may not navigate
 * to a moz-extension: address, so the test opens one through the product (the gate's checklist
 * link) and this finds it.
 */
export async function extensionContext(s: FirefoxSession): Promise<string> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const tree = await s.bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {});
    const found = tree.contexts.find((c) => c.url.startsWith(`moz-extension://${FIREFOX_EXTENSION_UUID}/`));
    if (found) return found.context;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no extension page was opened within 20 s');
}

/** Loads the extension's page `path` (query included) in the extension tab `context`. */
export async function openExtensionPage(s: FirefoxSession, context: string, path: string): Promise<void> {
  // An extension page may navigate itself to another of its pages; the protocol may not.
  await evaluate(s, `(location.href = ${JSON.stringify(`moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`)}, true)`, context);
  const until = Date.now() + 20_000;
  for (;;) {
    // While the old page unloads, its realm goes away under the query: that is not an answer yet.
    const ready = await evaluate<boolean>(s, `location.pathname + location.search === ${JSON.stringify(`/${path}`)} && !!document.querySelector('main:not([aria-busy])')`, context).catch(() => false);
    if (ready) return;
    if (Date.now() > until) throw new Error(`${path} did not load within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function navigate(s: FirefoxSession, url: string): Promise<void> {
  await s.bidi.send('browsingContext.navigate', { context: s.tab, url, wait: 'complete' });
  // Firefox sends no focus events to a page whose window is not the active one, and the
  // editors (and the content script, which starts on focusin) depend on them.
  await s.bidi.send('browsingContext.activate', { context: s.tab });
}

/** JavaScript for our UI's shadow root, where the card, chip and dialogs live. */
export const UI_ROOT = `document.querySelector('clear-to-post-ui')?.shadowRoot`;

/** JavaScript for the first button in our UI whose text is `name`. */
export const uiButton = (name: string) =>
  `[...(${UI_ROOT}?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;

/** A real pointer click at the centre of the element `element` (JavaScript) evaluates to. */
export async function click(s: FirefoxSession, element: string, context = s.tab): Promise<void> {
  const box = await waitFor<{ x: number; y: number }>(s, `(() => {
    const el = ${element};
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return r.width ? { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) } : null;
  })()`, 20_000, context);
  await s.bidi.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: box.x, y: box.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
    ] }],
  });
}

/** Sets the files of the file input `selector` finds, as a person choosing them would. */
export async function setFiles(s: FirefoxSession, selector: string, files: string[]): Promise<void> {
  const r = await s.bidi.send('script.evaluate', {
    target: { context: s.tab }, awaitPromise: false, resultOwnership: 'root',
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  if (r.type !== 'success' || r.result.type !== 'node') throw new Error(`no element for ${selector}`);
  await s.bidi.send('input.setFiles', { context: s.tab, element: { sharedId: r.result.sharedId }, files });
}

/** Types `text` with real key events, as a person would. */
export async function type(s: FirefoxSession, text: string): Promise<void> {
  const keys = [...text].flatMap((c) => {
    const value = c === '\n' ? '\uE007' : c; // WebDriver's Enter key
    return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
  });
  await s.bidi.send('input.performActions', { context: s.tab, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
}
