import type { OrgGuidance } from '../shared/guidance.ts';

type Translate = (key: string, ...subs: Array<string | number>) => string;

/**
 * The organisation's own words and links, from its policy. Built with textContent and
 * element properties, never innerHTML: the text comes from a policy file.
 */
export function renderOrg(root: HTMLElement, org: OrgGuidance | undefined, t: Translate): void {
  root.replaceChildren();
  const doc = root.ownerDocument;
  if (!org) {
    const p = doc.createElement('p');
    p.textContent = t('checklist_org_none');
    root.append(p);
    return;
  }
  if (org.text) {
    const quote = doc.createElement('blockquote');
    quote.textContent = org.text;
    root.append(quote);
  }
  if (org.policyUrl) {
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.href = org.policyUrl;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = t('guidance_org_policy');
    p.append(a);
    root.append(p);
  }
  if (org.privacyContact) {
    const p = doc.createElement('p');
    p.textContent = t('guidance_org_privacy', org.privacyContact);
    root.append(p);
  }
}
