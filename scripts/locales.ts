import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// UI strings live in fragments (locales/<lang>/<area>.json, Chrome's messages.json format)
// so each part of the product owns its strings; the build merges them into
// _locales/<lang>/messages.json. A key defined twice is a build error, not a silent override.

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LOCALES_DIR = new URL('../locales/', import.meta.url).pathname;

export function loadLocale(lang: string, dir = LOCALES_DIR): Messages {
  const merged: Messages = {};
  const files = readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const part = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: message "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

export function localeNames(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
