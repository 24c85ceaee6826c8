import type { cite as reference } from '../en/cite.ts';
import type { Translation } from '../translation.ts';

/** Vargjet e blloqeve të citimit (bashkësi të dhënash, publikime, tregues): butonat e kopjimit dhe skedarët për menaxherët e referencave. */
export const cite = {
  cite_formats_intro: 'E njëjta referencë në tri formate, për ta ngjitur ose për ta importuar në një menaxher referencash:',
  cite_copy: 'Kopjo {format}',
  cite_copy_citation: 'Kopjo citimin',
  cite_copied: '{format} u kopjua në kujtesën e fragmenteve.',
  cite_copy_failed: 'Kopjimi automatik nuk u arrit: teksti është i përzgjedhur, shtypni Ctrl+C (ose ⌘+C) për ta kopjuar.',
  cite_download_bib: 'Shkarkoni skedarin BibTeX (.bib)',
  cite_download_ris: 'Shkarkoni skedarin RIS (.ris) për Zotero, Mendeley ose EndNote',
} as const satisfies Translation<typeof reference>;
