// The module loader of the content script on hosts added at run time (Mastodon instances; see
// src/background/any-host-script.ts). Those pages cannot import the extension's chunks (they
// are web-accessible only to the manifest's sites), so the build (vite.config.ts) turns each
// chunk into a classic script that hands its module to __ctpDefine(), and a dynamic import
// asks the background to run the chunk's file in this same frame (scripting.executeScript:
// content scripts of one extension share their isolated world, in Chrome and in Firefox).
// The registered script is this loader plus the first chunk (composer detection, the Post
// gate, image interception); the engine and the UI arrive on the first focus of a composer.
//
// Runs before any module, so it speaks to the extension API directly rather than through
// shared/platform.ts: Firefox's `browser`, or Chrome's promise-returning `chrome`.

import { ANY_HOST_CHUNK_MESSAGE } from '../background/any-host-script.ts';

type Require = (specifier: string) => unknown;
type Factory = (require: Require, module: { exports: object }, exports: object, load: (specifier: string) => Promise<unknown>) => void;

interface Api {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
}

const defined = new Map<string, { deps: string[]; factory: Factory }>();
const instances = new Map<string, { exports: object }>();
const fetching = new Map<string, Promise<void>>();

/** `specifier` ('./x.js', '../y.js') from the file `from`, as a path from the extension's root. */
function resolve(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = from.split('/').slice(0, -1);
  for (const p of specifier.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function instantiate(file: string): object {
  const known = instances.get(file);
  if (known) return known.exports;
  const d = defined.get(file);
  if (!d) throw new Error(`Clear to Post: ${file} is not loaded`);
  const module = { exports: {} };
  instances.set(file, module);
  d.factory((s) => instantiate(resolve(file, s)), module, module.exports, (s) => load(resolve(file, s)));
  return module.exports;
}

function fetchFile(file: string): Promise<void> {
  if (defined.has(file)) return Promise.resolve();
  let p = fetching.get(file);
  if (!p) {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);
    p = api.runtime.sendMessage({ type: ANY_HOST_CHUNK_MESSAGE, file }).then(() => {
      // The background answers once the script ran: its module is here, or it failed.
      if (!defined.has(file)) throw new Error(`Clear to Post: ${file} did not load`);
    });
    // A failure may be passing (the service worker restarting): the next import asks again.
    p.catch(() => fetching.delete(file));
    fetching.set(file, p);
  }
  return p;
}

/** The chunk and, first, every chunk it imports statically. */
async function ensure(file: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(file)) return;
  seen.add(file);
  await fetchFile(file);
  await Promise.all(defined.get(file)!.deps.map((d) => ensure(d, seen)));
}

async function load(file: string): Promise<unknown> {
  await ensure(file);
  return instantiate(file);
}

interface Define {
  (file: string, deps: string[], factory: Factory): void;
  /** Runs the first chunk (the registered script's own module). */
  start(file: string): void;
}

const define = ((file, deps, factory) => { defined.set(file, { deps, factory }); }) as Define;
define.start = (file) => { instantiate(file); };
// A second injection (an extension update) brings its own modules: they replace the old ones'.
(globalThis as { __ctpDefine?: Define }).__ctpDefine = define;
