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

export default defineConfig({
  plugins: [
    crx({ manifest: makeManifest(browser), browser }),
    locales(),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
