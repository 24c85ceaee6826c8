import type { home as reference } from '../en/home.ts';
import type { Translation } from '../translation.ts';

/** Tekstovi početne stranice i stranice „O nama". */
export const home = {
  home_title: 'Barometar bezbednosti Zapadnog Balkana',
  home_lead: 'Svake godine oko 4.500 ljudi u Albaniji, na Kosovu i u Srbiji kaže nam koliko se bezbedno oseća, kome veruje i šta ga brine. Istražite njihove odgovore, napravite sopstvene tabele, preuzmite podatke.',
  home_entry_title: 'Odakle početi',
  home_entry_indicators: 'Indikatori',
  home_entry_indicators_text: 'Jedna stranica za svako pitanje iz ankete, sa grafikonom i sažetkom jednostavnim jezikom.',
  home_entry_explore: 'Istraživač',
  home_entry_explore_text: 'Napravite ponderisane ukrštene tabele sa marginama greške i objavite grafikon.',
  home_entry_data: 'Podaci',
  home_entry_data_text: 'Preuzmite mikropodatke, knjigu šifara i sintaksne datoteke za R, Stata i SPSS.',
  home_entry_publications: 'Publikacije',
  home_entry_publications_text: 'Izveštaji, analize i predlozi politika, pretraživi na tri jezika.',
  home_entry_representation: 'Zastupljenost',
  home_entry_representation_text: 'Žene u činovima bezbednosnih institucija, sa izvorima.',
  home_facts_title: 'Barometar u brojevima',
  home_fact_countries: 'zemlje',
  home_fact_waves: 'talasa ankete',
  home_fact_questions: 'pitanja',
  home_fact_respondents: 'ispitanika u demonstracionim podacima',
  about_link: 'O portalu i metodama',
} as const satisfies Translation<typeof reference>;
