import type { home as reference } from '../en/home.ts';
import type { Translation } from '../translation.ts';

/** Vargjet e ballinës dhe të faqes "Rreth nesh". */
export const home = {
  home_title: 'Barometri i Sigurisë së Ballkanit Perëndimor',
  home_lead: 'Çdo vit rreth 4.500 njerëz në Shqipëri, Kosovë dhe Serbi na tregojnë sa të sigurt ndihen, kujt i besojnë dhe çfarë i shqetëson. Eksploroni përgjigjet e tyre, ndërtoni tabelat tuaja, shkarkoni të dhënat.',
  home_entry_title: 'Ku të filloni',
  home_entry_indicators: 'Treguesit',
  home_entry_indicators_text: 'Një faqe për çdo pyetje të anketës, me grafik dhe një përmbledhje në gjuhë të thjeshtë.',
  home_entry_explore: 'Eksploruesi',
  home_entry_explore_text: 'Ndërtoni tabela të kryqëzuara me pesha e me marzhe gabimi dhe publikoni grafikun.',
  home_entry_data: 'Të dhënat',
  home_entry_data_text: 'Shkarkoni mikrotëdhënat, librin e kodeve dhe skedarët sintaksë për R, Stata dhe SPSS.',
  home_entry_publications: 'Publikimet',
  home_entry_publications_text: 'Raporte, analiza dhe dokumente politikash, të kërkueshme në tri gjuhë.',
  home_entry_representation: 'Përfaqësimi',
  home_entry_representation_text: 'Gratë në gradat e institucioneve të sigurisë, me burime.',
  home_facts_title: 'Barometri në shifra',
  home_fact_countries: 'vende',
  home_fact_waves: 'valë të anketës',
  home_fact_questions: 'pyetje',
  home_fact_respondents: 'të anketuar në të dhënat demonstruese',
  about_link: 'Rreth portalit dhe metodave të tij',
} as const satisfies Translation<typeof reference>;
