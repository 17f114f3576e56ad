import browser from 'webextension-polyfill';

// The only module that touches browser.* / chrome.*: everything else imports from here,
// so Chrome/Firefox differences and test doubles have one place to live.
export { browser };

export const isFirefox = typeof navigator !== 'undefined' && /\bFirefox\//.test(navigator.userAgent);

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
