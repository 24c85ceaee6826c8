/**
 * The controlled list of topics a publication can be tagged with, and their labels.
 * A fixed list keeps the library's topic filter tidy and lets every label exist in all three languages.
 */
import type { Text } from '../codebook/schema.ts';

export const TOPIC_LABELS = {
  'gender-equality': { sq: 'Barazia gjinore', en: 'Gender equality', sr: 'Rodna ravnopravnost' },
  'women-in-security': { sq: 'Gratë në sektorin e sigurisë', en: 'Women in the security sector', sr: 'Žene u sektoru bezbednosti' },
  'gender-based-violence': { sq: 'Dhuna në baza gjinore', en: 'Gender-based violence', sr: 'Rodno zasnovano nasilje' },
  'security-institutions': { sq: 'Institucionet e sigurisë', en: 'Security institutions', sr: 'Bezbednosne institucije' },
  'integrity-corruption': { sq: 'Integriteti dhe korrupsioni', en: 'Integrity and corruption', sr: 'Integritet i korupcija' },
  'trust-in-institutions': { sq: 'Besimi në institucione', en: 'Trust in institutions', sr: 'Poverenje u institucije' },
  'violent-extremism': { sq: 'Ekstremizmi i dhunshëm', en: 'Violent extremism', sr: 'Nasilni ekstremizam' },
  'radicalisation': { sq: 'Radikalizimi', en: 'Radicalisation', sr: 'Radikalizacija' },
  'reintegration': { sq: 'Rehabilitimi dhe riintegrimi', en: 'Rehabilitation and reintegration', sr: 'Rehabilitacija i reintegracija' },
  'community-resilience': { sq: 'Qëndrueshmëria e komuniteteve', en: 'Community resilience', sr: 'Otpornost zajednica' },
  'inter-ethnic-relations': { sq: 'Marrëdhëniet ndëretnike', en: 'Inter-ethnic relations', sr: 'Međuetnički odnosi' },
  'critical-infrastructure': { sq: 'Infrastruktura kritike', en: 'Critical infrastructure', sr: 'Kritična infrastruktura' },
  'disinformation': { sq: 'Dezinformimi', en: 'Disinformation', sr: 'Dezinformacije' },
  'organised-crime': { sq: 'Krimi i organizuar', en: 'Organised crime', sr: 'Organizovani kriminal' },
  'eu-integration': { sq: 'Integrimi evropian', en: 'EU integration', sr: 'Evropske integracije' },
  'foreign-policy': { sq: 'Politika e jashtme', en: 'Foreign policy', sr: 'Spoljna politika' },
  'regional-cooperation': { sq: 'Bashkëpunimi rajonal', en: 'Regional cooperation', sr: 'Regionalna saradnja' },
  'kosovo-serbia-dialogue': { sq: 'Dialogu Kosovë–Serbi', en: 'Kosovo–Serbia dialogue', sr: 'Dijalog Kosova i Srbije' },
  'public-opinion': { sq: 'Opinioni publik', en: 'Public opinion', sr: 'Javno mnjenje' },
  'civil-society': { sq: 'Shoqëria civile', en: 'Civil society', sr: 'Civilno društvo' },
  'community-safety': { sq: 'Siguria në komunitet', en: 'Community safety', sr: 'Bezbednost u zajednici' },
  'annual-reporting': { sq: 'Raportimi vjetor', en: 'Annual reporting', sr: 'Godišnje izveštavanje' },
} as const satisfies Record<string, Text>;

export type TopicId = keyof typeof TOPIC_LABELS;

export const TOPIC_IDS = Object.keys(TOPIC_LABELS) as [TopicId, ...TopicId[]];
