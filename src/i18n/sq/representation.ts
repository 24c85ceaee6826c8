import type { representation as reference } from '../en/representation.ts';

/** Vargjet e faqes së përfaqësimit dhe të faqes së bashkësisë së të dhënave të përfaqësimit. */
export const representation = {
  rep_title: 'Gratë në gradat e institucioneve të sigurisë',
  rep_lead: 'Sa nga oficerët në secilën gradë janë gra, nga grada më e lartë te më e ulëta, siç janë publikuar. Çdo shifër tregohet me publikimin nga vjen.',
  rep_meta_description: 'Pjesa e grave në secilën gradë të institucioneve të sigurisë së Kosovës, nga burime të publikuara, me grafikë, tabela dhe burimin e çdo shifre.',
  rep_real_data: 'Këto janë shifra të publikuara, jo të dhëna anketash: secila vjen nga burimi që përmendet pranë saj.',
  rep_chart_title: 'Pjesa e grave sipas gradës, {institution}, {year}',
  rep_chart_description: 'Pjesa e grave shkon nga {min} ({minRank}) deri në {max} ({maxRank}); barazia do të ishte 50%.',
  rep_parity: 'Barazia: 50%',
  rep_source: 'Burimi',
  rep_page: 'f. {page}',
  rep_source_publisher_date: '{publisher}, {date}',
  rep_table_caption: 'Gratë dhe burrat sipas gradës, {institution}, {year} (% e personelit në secilën gradë)',
  rep_col_rank: 'Grada',
  rep_col_women: 'Gra',
  rep_col_men: 'Burra',
  rep_col_count: 'Numri i oficerëve',
  rep_order_note: 'Gradat renditen nga më e larta te më e ulëta.',
  rep_section_about: 'Rreth këtyre shifrave',
  rep_download: 'Shkarkoni tabelën në Parquet ose CSV, me burimet dhe metatëdhënat e saj',
  rep_dataset_lead: 'Përqindja e grave dhe e burrave në secilën gradë të institucioneve të sigurisë, si tabelë me burimet e saj, për ta shkarkuar dhe ripërdorur.',
} as const satisfies Record<keyof typeof reference, string>;
