import { DEFAULT_POLICY } from '../engine/policy/defaults.ts';
import type { Policy } from '../engine/policy/schema.ts';
import { localizeTree, setUiLang, t } from '../shared/i18n.ts';
import { orgGuidance, resolveUiLang } from '../shared/guidance.ts';
import type { EffectivePolicy } from '../shared/messages.ts';
import { browser, uiLanguage } from '../shared/platform.ts';
import { renderOrg } from './render.ts';

// "Before you post": a page anyone can open from the popup or the post gate. Nothing typed here
// is stored; the ticks only help the reader go through the list.

async function loadPolicy(): Promise<Policy> {
  try {
    const effective = (await browser.runtime.sendMessage({ type: 'get-policy' })) as EffectivePolicy | null | undefined;
    return effective?.policy ?? DEFAULT_POLICY;
  } catch {
    // No background answer (updating, or an older one): the built-in list still stands.
    return DEFAULT_POLICY;
  }
}

async function main(): Promise<void> {
  const policy = await loadPolicy();
  const lang = resolveUiLang(policy.language, uiLanguage());
  setUiLang(lang);
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
  localizeTree(document);
  renderOrg(document.getElementById('org')!, orgGuidance(policy, lang), t);

  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="item"]')];
  const progress = document.getElementById('progress')!;
  const update = () => {
    const done = boxes.filter((b) => b.checked).length;
    progress.textContent = done === boxes.length ? t('checklist_done') : t('checklist_progress', done, boxes.length);
  };
  for (const b of boxes) b.addEventListener('change', update);
  update();
  document.body.dataset.ready = 'true';
}

void main();
