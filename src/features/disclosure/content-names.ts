import type { DisclosureContent } from '../../domain/disclosure';
import type { Language } from '../../lib/i18n';

/**
 * The disclosure contents in English: short paraphrases of Ordinance 34/2007 Art. 5 (PL34_xx) and Law 10/2022
 * Art. 11 (L10_xx), as the Vietnamese names in the domain are. Vietnamese screens use the names the system sends.
 */
export const CONTENT_NAMES_EN: Readonly<Record<string, string>> = {
  PL34_01: 'Socio-economic development plan and economic restructuring; annual commune budget estimates and final accounts',
  PL34_02: 'Investment projects in the area; compensation, site clearance, resettlement; land-use plans',
  PL34_03: 'Duties and powers of commune officials who deal directly with citizens',
  PL34_04: 'Management and use of funds, investments and sponsorship; contributions raised from the people',
  PL34_05: 'Poverty-reduction loans; poor-household review, social allowances, charity houses, health-insurance cards',
  PL34_06: 'Proposals to establish, merge or divide administrative units and adjust boundaries affecting the commune',
  PL34_07: 'Inspection results and handling of misconduct and corruption by commune and village officials; confidence votes',
  PL34_08: "Matters put to the people for comment and how their views were taken up",
  PL34_09: 'Fees, charges and other financial obligations collected directly by the commune',
  PL34_10: 'Administrative procedures and services carried out directly by the commune',
  PL34_11: 'Other contents required by law or by competent authorities, or that the commune deems necessary',
  L10_01: 'Annual socio-economic development plan, economic restructuring plan and their results',
  L10_02: 'Commune budget estimates, execution and final accounts; follow-up of State Audit recommendations',
  L10_03: 'Investment projects and progress; land recovery, compensation, support, resettlement; public land; construction and urban plans',
  L10_04: 'Commune democracy regulation; duties and powers of commune, village and residential-group officials; code of conduct',
  L10_05: 'Management and use of funds, investments and sponsorship; contributions raised from the people',
  L10_06: 'Investment, procurement, use and disposal of public assets managed by the commune, and revenue from them',
  L10_07: 'Support, allowance and credit policies (housing, health insurance, social protection): criteria, beneficiaries, review, results',
  L10_08: 'Funds for disaster, epidemic and serious-illness relief; receipt and use of donated money and goods',
  L10_09: 'Quotas, criteria and lists for military and police service call-up; deferrals and exemptions',
  L10_10: 'Inspection results and handling of misconduct, corruption and discipline; confidence votes on commune council and committee leaders',
  L10_11: 'Plans and contents of consultations with the people; how views were taken up and explained',
  L10_12: 'Fees, charges and other financial obligations collected directly by the commune',
  L10_13: 'Administrative procedures carried out directly by the commune',
  L10_14: 'Other contents required by law and the commune democracy regulation',
};

/** The content's name in the screen's language; in English a content the list does not know keeps its sent name. */
export function localContentName(content: Pick<DisclosureContent, 'code' | 'name'>, lang: Language): string {
  return lang === 'en' ? (CONTENT_NAMES_EN[content.code] ?? content.name) : content.name;
}
