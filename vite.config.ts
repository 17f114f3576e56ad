import { readFileSync, writeFileSync } from 'node:fs';
import { build as esbuild, transform } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { makeManifest, type Browser } from './manifest.config.ts';
import { loadLocale, localeNames } from './scripts/locales.ts';
import { ANY_HOST_CHUNKS, ANY_HOST_CONTENT_SCRIPT } from './src/background/any-host-script.ts';

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

const require = createRequire(import.meta.url);
const pkgFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * The OCR and face-detection runtimes and their trained data, copied from their npm packages
 * into the build: the extension loads them from its own files, never from a CDN.
 */
export const VENDOR_FILES: ReadonlyArray<[string, string]> = [
  ['tesseract/worker.min.js', pkgFile('tesseract.js', 'dist/worker.min.js')],
  ...['', 'simd-', 'relaxedsimd-'].map((v): [string, string] =>
    [`tesseract/core/tesseract-core-${v}lstm.wasm.js`, pkgFile('tesseract.js-core', `tesseract-core-${v}lstm.wasm.js`)]),
  ['tesseract/lang/eng.traineddata.gz', pkgFile('@tesseract.js-data/eng', '4.0.0_best_int/eng.traineddata.gz')],
  ['tesseract/lang/fra.traineddata.gz', pkgFile('@tesseract.js-data/fra', '4.0.0_best_int/fra.traineddata.gz')],
  ['faces/tiny_face_detector_model.bin', pkgFile('@vladmandic/face-api', 'model/tiny_face_detector_model.bin')],
  ['faces/tiny_face_detector_model-weights_manifest.json', pkgFile('@vladmandic/face-api', 'model/tiny_face_detector_model-weights_manifest.json')],
];

function vendor(): Plugin {
  return {
    name: 'ctp-vendor',
    generateBundle() {
      for (const [fileName, from] of VENDOR_FILES) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
  };
}

/**
 * Rewrites each ES chunk of the build as a classic script for the loader in
 * src/content/any-host-loader.ts: the chunk becomes a CommonJS-style module body (esbuild
 * turns its imports into require() and its exports into module.exports), its dynamic imports
 * go through the loader, and it is handed over with the files it imports statically. The
 * entry file starts with the loader and runs its own module at once.
 */
function classicChunks(loader: string): Plugin {
  return {
    name: 'ctp-classic-chunks',
    async writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const wrapped = new Map<string, string>();
      for (const chunk of chunks) {
        // Only the chunks' own dynamic imports, written by the bundler as import("./x.js").
        const code = chunk.code.replace(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g, '__ctpLoad("$2")');
        const body = (await transform(code, { format: 'cjs', target: 'es2022', minify: true, logLevel: 'error' })).code;
        wrapped.set(chunk.fileName, `__ctpDefine(${JSON.stringify(chunk.fileName)},${JSON.stringify(chunk.imports)},function(require,module,exports,__ctpLoad){${body}\n});\n`);
      }
      for (const chunk of chunks) {
        let out = wrapped.get(chunk.fileName)!;
        if (chunk.isEntry) {
          // What the entry imports statically must be there from the start: carried in its file.
          const carried = new Set<string>();
          const carry = (file: string) => {
            for (const dep of bundle[file]?.type === 'chunk' ? bundle[file].imports : []) {
              if (!carried.has(dep)) { carried.add(dep); carry(dep); }
            }
          };
          carry(chunk.fileName);
          out = `${loader}${[...carried].map((f) => wrapped.get(f)!).join('')}${out}__ctpDefine.start(${JSON.stringify(chunk.fileName)});\n`;
        }
        writeFileSync(join(options.dir!, chunk.fileName), out);
      }
    },
  };
}

/**
 * The content script again, as classic scripts, for the hosts registered at run time (see
 * src/background/any-host-script.ts for why): the registered file holds what must run from
 * page start, the engine and the UI come on the first focus of a composer as elsewhere.
 */
function anyHostContentScript(): Plugin {
  let outDir = '';
  return {
    name: 'ctp-any-host-content',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const loader = await esbuild({
        entryPoints: ['src/content/any-host-loader.ts'], bundle: true, write: false, format: 'iife',
        target: 'es2022', minify: true, logLevel: 'error',
      });
      await build({
        configFile: false,
        logLevel: 'warn',
        define: { __BROWSER__: JSON.stringify(browser), 'process.env.NODE_ENV': '"production"' },
        plugins: [zodWithoutEval(), classicChunks(loader.outputFiles[0]!.text)],
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          minify: true,
          modulePreload: false,
          rollupOptions: {
            input: { content: 'src/content/index.ts' },
            output: {
              format: 'es',
              entryFileNames: ANY_HOST_CONTENT_SCRIPT,
              chunkFileNames: `${ANY_HOST_CHUNKS}/[name]-[hash].js`,
            },
          },
        },
      });
    },
  };
}

export default defineConfig({
  // Lets each build drop the other browser's code paths (e.g. Chrome's offscreen API).
  define: { __BROWSER__: JSON.stringify(browser) },
  plugins: [
    crx({ manifest: makeManifest(browser), browser }),
    locales(),
    zodWithoutEval(),
    vendor(),
    anyHostContentScript(),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Pages no manifest key names: the offscreen document that hosts OCR (Chrome), and the
      // "Before you post" checklist opened from the popup and the post gate.
      input: { offscreen: 'src/offscreen/index.html', checklist: 'src/checklist/index.html' },
      output: {
        // Third-party runtimes in chunks of their own, so `web-ext lint` can hold our code
        // to zero warnings while listing theirs (see package.json lint:firefox).
        manualChunks(id: string) {
          if (id.includes('node_modules/tesseract.js')) return 'vendor-tesseract';
          if (id.includes('node_modules/@vladmandic/face-api')) return 'vendor-face-api';
          if (id.includes('node_modules/exifr')) return 'vendor-exifr';
          if (id.includes('node_modules/zod')) return 'vendor-zod';
          return undefined;
        },
      },
    },
  },
});
