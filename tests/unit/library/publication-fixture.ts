/** A publication with every required field, for the citation tests to vary. */
import type { Publication } from '../../../src/lib/library/schema.ts';

export const PUBLICATION: Publication = {
  id: 'x',
  title: { sq: 'T sq', en: 'T en', sr: 'T sr' },
  originalTitle: 'Gender Integration in the Kosovo Security Forces',
  date: '2023-12',
  type: 'report',
  authors: ['Adelina Hasani'],
  publishers: ['kcss'],
  languages: ['en'],
  isbn: '978-9951-842-12-9',
  topics: ['gender-equality'],
  relatedIndicators: [],
  summary: { sq: 's', en: 's', sr: 's' },
};
