// Strings come from locales/<lang>/*.json, bundled, so a policy can force a language
// different from the browser's (chrome.i18n.getMessage cannot). The build also writes
// them to _locales for the manifest.

type Fragment = Record<string, { message: string }>;
export type UiLang = 'en' | 'fr';

const fragments = import.meta.glob<Fragment>('../../locales/*/*.json', { eager: true, import: 'default' });

const tables: Record<UiLang, Map<string, string>> = { en: new Map(), fr: new Map() };
for (const [path, frag] of Object.entries(fragments)) {
  const lang = path.split('/').at(-2) as UiLang;
  if (!tables[lang]) continue;
  for (const [k, v] of Object.entries(frag)) tables[lang].set(k, v.message);
}

let current: UiLang = 'en';

export function setUiLang(lang: UiLang): void {
  current = lang;
}

export function uiLang(): UiLang {
  return current;
}

/** Picks en or fr from a BCP 47 tag (fr, fr-CA, fr-FR -> fr; anything else -> en). */
export function pickUiLang(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Looks a message up in the current language, then English; $1..$9 are replaced by `subs`. */
export function t(key: string, ...subs: Array<string | number>): string {
  const raw = tables[current].get(key) ?? tables.en.get(key);
  if (raw === undefined) return key;
  return raw.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

export function hasMessage(key: string, lang: UiLang): boolean {
  return tables[lang].has(key);
}

/** Fills [data-i18n] (text), [data-i18n-aria-label] and [data-i18n-placeholder] under `root`. */
export function localizeTree(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel!));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder!));
}
