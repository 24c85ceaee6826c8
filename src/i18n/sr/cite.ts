import type { cite as reference } from '../en/cite.ts';
import type { Translation } from '../translation.ts';

/** Tekstovi blokova za citiranje (skupovi podataka, publikacije, indikatori): dugmad za kopiranje i datoteke za programe za reference. */
export const cite = {
  cite_formats_intro: 'Ista referenca u tri formata, za lepljenje ili za uvoz u program za upravljanje referencama:',
  cite_copy: 'Kopiraj {format}',
  cite_copy_citation: 'Kopiraj citat',
  cite_copied: '{format} je kopiran u privremenu memoriju.',
  cite_copy_failed: 'Automatsko kopiranje nije uspelo: tekst je označen, pritisnite Ctrl+C (ili ⌘+C) da ga kopirate.',
  cite_download_bib: 'Preuzmite BibTeX datoteku (.bib)',
  cite_download_ris: 'Preuzmite RIS datoteku (.ris) za Zotero, Mendeley ili EndNote',
} as const satisfies Translation<typeof reference>;
