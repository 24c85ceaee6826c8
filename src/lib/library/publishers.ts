/**
 * The controlled list of publishers a publication can name: KCSS and its partners in the Western Balkans
 * Security Barometer and other joint work. A fixed list lets every name exist in all three languages
 * and keeps the facts list and the citation consistent across publications.
 */
import type { Text } from '../codebook/schema.ts';

export interface PublisherNames {
  /** Full name with the acronym the organisation uses in that language. */
  name: Text;
  /** The acronym alone, for sentences and citations. */
  short: Text;
}

export const PUBLISHERS = {
  kcss: {
    name: { sq: 'Qendra Kosovare për Studime të Sigurisë (QKSS)', en: 'Kosovar Centre for Security Studies (KCSS)', sr: 'Kosovski centar za bezbednosne studije (KCSS)' },
    short: { sq: 'QKSS', en: 'KCSS', sr: 'KCSS' },
  },
  bcsp: {
    // The Albanian name is the one KCSS's Albanian pages use.
    name: { sq: 'Qendra e Beogradit për Politika të Sigurisë (BCSP)', en: 'Belgrade Centre for Security Policy (BCSP)', sr: 'Beogradski centar za bezbednosnu politiku (BCBP)' },
    short: { sq: 'BCSP', en: 'BCSP', sr: 'BCBP' },
  },
  csdg: {
    name: { sq: 'Qendra për Studimin e Demokracisë dhe Qeverisjes (CSDG)', en: 'Center for the Study of Democracy and Governance (CSDG)', sr: 'Centar za proučavanje demokratije i upravljanja (CSDG)' },
    short: { sq: 'CSDG', en: 'CSDG', sr: 'CSDG' },
  },
  idm: {
    name: { sq: 'Instituti për Demokraci dhe Ndërmjetësim (IDM)', en: 'Institute for Democracy and Mediation (IDM)', sr: 'Institut za demokratiju i medijaciju (IDM)' },
    short: { sq: 'IDM', en: 'IDM', sr: 'IDM' },
  },
  kspag: {
    // KCSS, NGO Aktiv and BCSP; the Albanian name is the one KCSS's Albanian pages use.
    name: { sq: 'Grupi për Politika dhe Avokim Kosovë-Serbi (KSPAG)', en: 'Kosovo-Serbia Policy Advocacy Group (KSPAG)', sr: 'Grupa za zagovaranje politika Kosovo-Srbija (KSPAG)' },
    short: { sq: 'KSPAG', en: 'KSPAG', sr: 'KSPAG' },
  },
} as const satisfies Record<string, PublisherNames>;

export type PublisherId = keyof typeof PUBLISHERS;

export const PUBLISHER_IDS = Object.keys(PUBLISHERS) as [PublisherId, ...PublisherId[]];
