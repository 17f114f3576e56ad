/** Set by vite.config.ts `define`: the browser this build targets. */
declare const __BROWSER__: 'chrome' | 'firefox';
