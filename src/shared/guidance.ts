import type { Category } from '../engine/types.ts';
import type { Policy } from '../engine/policy/schema.ts';
import { RULES } from '../engine/registry.ts';
import type { UiLang } from './i18n.ts';

// What to show beside a finding: the built-in guidance, the professional sources it rests on,
// and the organisation's own text and links from the policy. One pure function, so the card,
// the post gate and the popup cannot drift apart. Facts and links: research/guidance.md.

export const SOURCE_IDS = [
  'cmpa', 'cmpa_photos', 'cpso_social', 'cpso_misinfo', 'cpso_advertising', 'cma_code', 'phipa', 'pipeda',
  'hipaa_deid', 'hhs_cases', 'ama', 'gmc_social', 'gmc_recordings', 'nmc', 'ftc', 'hc_schedule_a', 'copic',
  'ahmed_2020', 'cca_fault_lines', 'fsmb_misinfo',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface GuidanceSource {
  id: SourceId;
  /** i18n key of the source's name (names differ by language: CMPA / ACPM, PHIPA / LPRPS). */
  nameKey: string;
  /** The public page; absent where the research found none to link (the HHS case summaries). */
  url?: string;
}

const src = (id: SourceId, url?: string): GuidanceSource => ({ id, nameKey: `source_${id}`, ...(url ? { url } : {}) });

export const SOURCES: Readonly<Record<SourceId, GuidanceSource>> = Object.freeze({
  cmpa: src('cmpa', 'https://www.cmpa-acpm.ca/serve/docs/ela/goodpracticesguide/pages/communication/Privacy_and_Confidentiality/social_networking-e.html'),
  cmpa_photos: src('cmpa_photos', 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2011/using-clinical-photography-and-video-for-educational-purposes'),
  cpso_social: src('cpso_social', 'https://www.cpso.on.ca/en/Physicians/Policies-Guidance/Policies/Social-Media'),
  cpso_misinfo: src('cpso_misinfo', 'https://www.cpso.on.ca/News/News-Articles/COVID-misinformation'),
  cpso_advertising: src('cpso_advertising', 'https://www.cpso.on.ca/en/Physicians/Policies-Guidance/Policies/Advertising/Advice-to-the-Profession-Advertising'),
  cma_code: src('cma_code', 'https://policybase.cma.ca'),
  phipa: src('phipa', 'https://www.ontario.ca/laws/statute/04p03'),
  pipeda: src('pipeda', 'https://www.priv.gc.ca/en/privacy-topics/privacy-laws-in-canada/the-personal-information-protection-and-electronic-documents-act-pipeda/pipeda-compliance-help/pipeda-interpretation-bulletins/interpretations_02/'),
  hipaa_deid: src('hipaa_deid', 'https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html'),
  hhs_cases: src('hhs_cases'),
  ama: src('ama', 'https://code-medical-ethics.ama-assn.org/ethics-opinions/professionalism-use-social-media'),
  gmc_social: src('gmc_social', 'https://www.gmc-uk.org/ethical-guidance/ethical-guidance-for-doctors/doctors-use-of-social-media'),
  gmc_recordings: src('gmc_recordings', 'https://www.gmc-uk.org/ethical-guidance/ethical-guidance-for-doctors/making-and-using-visual-and-audio-recordings-of-patients'),
  nmc: src('nmc', 'https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/'),
  ftc: src('ftc', 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance'),
  hc_schedule_a: src('hc_schedule_a', 'https://open.canada.ca/data/info/79a83689-cd49-44d8-9b76-686492d65fa0'),
  copic: src('copic', 'https://copic.com/resource/patient-photographs-clinical-care'),
  ahmed_2020: src('ahmed_2020', 'https://www.jmir.org/2020/9/e19746'),
  cca_fault_lines: src('cca_fault_lines', 'https://cca-reports.ca'),
  fsmb_misinfo: src('fsmb_misinfo', 'https://www.fsmb.org/advocacy/news-releases/fsmb-spreading-covid-19-vaccine-misinformation-may-put-medical-license-at-risk/'),
});

/** What each category's guidance rests on (research/guidance.md, section C). */
export const CATEGORY_SOURCES: Readonly<Record<Category, readonly SourceId[]>> = Object.freeze({
  name: ['ama', 'cma_code', 'phipa', 'hipaa_deid', 'hhs_cases'],
  date: ['hipaa_deid', 'phipa', 'ahmed_2020'],
  age: ['hipaa_deid', 'pipeda'],
  location: ['cpso_social', 'phipa', 'hipaa_deid'],
  contact: ['phipa', 'hipaa_deid', 'hhs_cases'],
  id: ['phipa', 'hipaa_deid'],
  network: ['hipaa_deid', 'phipa'],
  room: ['phipa', 'cmpa', 'hipaa_deid'],
  case: ['cpso_social', 'cmpa', 'gmc_social', 'phipa', 'pipeda', 'ahmed_2020'],
  claim: ['cpso_misinfo', 'cma_code', 'gmc_social', 'nmc', 'ftc'],
  'image-metadata': ['copic', 'hipaa_deid', 'cmpa_photos'],
  'image-text': ['gmc_recordings', 'cmpa_photos', 'hipaa_deid'],
  face: ['cmpa_photos', 'hipaa_deid', 'nmc', 'hhs_cases'],
});

/** Rules whose guidance rests on more specific sources than their category's. */
export const RULE_SOURCES: Readonly<Record<string, readonly SourceId[]>> = Object.freeze({
  'claim-promotion': ['cpso_advertising', 'hc_schedule_a', 'ftc', 'gmc_social', 'hhs_cases'],
  'claim-testimonial': ['cpso_advertising', 'ftc', 'hhs_cases'],
  'claim-vaccine-harm': ['cpso_misinfo', 'fsmb_misinfo', 'cma_code', 'cca_fault_lines'],
});

/** Message keys that replace a rule's own guidance for a given finding reason. */
const REASON_KEYS: Readonly<Record<string, string>> = Object.freeze({
  source: 'guidance_claim_sourced',
  preprint: 'guidance_claim_preprint',
  hedged: 'guidance_claim_hedged',
});

/** The checklist page, relative to the extension root. */
export const CHECKLIST_PATH = 'src/checklist/index.html';

export interface OrgGuidance {
  /** The organisation's own words, in the UI language when the policy has them. */
  text?: string;
  policyUrl?: string;
  privacyContact?: string;
}

export interface GuidanceView {
  messageKey: string;
  sources: GuidanceSource[];
  /** Present when the policy sets any organisation text or link. */
  org?: OrgGuidance;
  checklistPath: string;
}

const ruleGuidance = new Map(RULES.map((r) => [r.id, r.guidance]));

export const categoryKey = (c: Category) => `guidance_${c.replace(/-/g, '_')}`;

/** Everything the card, the gate and the popup show for one finding. */
export function guidanceFor(
  finding: { ruleId: string; category: Category; reason?: string },
  policy: Pick<Policy, 'guidance'> | undefined,
  lang: UiLang,
): GuidanceView {
  const messageKey = (finding.reason && finding.category === 'claim' ? REASON_KEYS[finding.reason] : undefined)
    ?? ruleGuidance.get(finding.ruleId) ?? categoryKey(finding.category);
  const ids = RULE_SOURCES[finding.ruleId] ?? CATEGORY_SOURCES[finding.category] ?? [];
  const view: GuidanceView = { messageKey, sources: ids.map((id) => SOURCES[id]), checklistPath: CHECKLIST_PATH };
  const org = orgGuidance(policy, lang);
  if (org) view.org = org;
  return view;
}

/** The organisation's text and links from the policy, or undefined when it sets none. */
export function orgGuidance(policy: Pick<Policy, 'guidance'> | undefined, lang: UiLang): OrgGuidance | undefined {
  const g = policy?.guidance;
  if (!g) return undefined;
  const other: UiLang = lang === 'fr' ? 'en' : 'fr';
  // Fall back to the other language: the organisation's words matter more than the language.
  const text = (g.text?.[lang] ?? g.text?.[other])?.trim();
  const org: OrgGuidance = {};
  if (text) org.text = text;
  if (g.policyUrl) org.policyUrl = g.policyUrl;
  if (g.privacyContact?.trim()) org.privacyContact = g.privacyContact.trim();
  return Object.keys(org).length ? org : undefined;
}

/** The UI language: the policy can force one, otherwise the browser's UI language picks. */
export function resolveUiLang(policyLanguage: Policy['language'] | undefined, browserTag: string | undefined): UiLang {
  if (policyLanguage === 'en' || policyLanguage === 'fr') return policyLanguage;
  return browserTag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
