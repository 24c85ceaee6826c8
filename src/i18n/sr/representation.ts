import type { representation as reference } from '../en/representation.ts';

/** Tekstovi stranice o zastupljenosti i stranice skupa podataka o zastupljenosti. */
export const representation = {
  rep_title: 'Žene u činovima bezbednosnih institucija',
  rep_lead: 'Koliko je oficira u svakom činu žena, od najvišeg do najnižeg čina, prema objavljenim podacima. Svaki broj prikazan je uz publikaciju iz koje potiče.',
  rep_meta_description: 'Udeo žena u svakom činu bezbednosnih institucija Kosova, iz objavljenih izvora, sa grafikonima, tabelama i izvorom svakog podatka.',
  rep_real_data: 'Ovo su objavljeni podaci, a ne podaci iz ankete: svaki potiče iz izvora navedenog uz njega.',
  rep_chart_title: 'Udeo žena po činovima, {institution}, {year}',
  rep_chart_description: 'Udeo žena kreće se od {min} ({minRank}) do {max} ({maxRank}); ravnopravna zastupljenost bila bi 50%.',
  rep_parity: 'Ravnopravnost: 50%',
  rep_source: 'Izvor',
  rep_page: 'str. {page}',
  rep_source_publisher_date: '{publisher}, {date}',
  rep_table_caption: 'Žene i muškarci po činovima, {institution}, {year} (% osoblja u svakom činu)',
  rep_col_rank: 'Čin',
  rep_col_women: 'Žene',
  rep_col_men: 'Muškarci',
  rep_col_count: 'Broj oficira',
  rep_order_note: 'Činovi su navedeni od najvišeg do najnižeg.',
  rep_section_about: 'O ovim podacima',
  rep_download: 'Preuzmite tabelu u formatu Parquet ili CSV, sa izvorima i metapodacima',
  rep_dataset_lead: 'Procenat žena i muškaraca u svakom činu bezbednosnih institucija, kao tabela sa izvorima, za preuzimanje i ponovnu upotrebu.',
} as const satisfies Record<keyof typeof reference, string>;
