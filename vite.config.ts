import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { makeManifest, type Browser } from './manifest.config.ts';
import { loadLocale, localeNames } from './scripts/locales.ts';

const browser: Browser = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** Emits _locales/<lang>/messages.json from the fragments in locales/. */
function locales(): Plugin {
  return {
    name: 'ctp-locales',
    generateBundle() {
      for (const lang of localeNames()) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: JSON.stringify(loadLocale(lang), null, 1),
        });
      }
    },
  };
}

/**
 * zod compiles validators with the Function constructor unless told `jitless` (schema.ts
 * does), but the code stays in the bundle, and AMO's linter rejects any Function
 * constructor in an extension. Replace the two sites with a throw; under jitless neither runs.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'ctp-zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/](?:doc|util)\.js$/.test(id)) return null;
      const out = code.replace(/const F = Function;/g, "const F = (() => { throw new Error('zod runs jitless here'); })();");
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    crx({ manifest: makeManifest(browser), browser }),
    locales(),
    zodWithoutEval(),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
