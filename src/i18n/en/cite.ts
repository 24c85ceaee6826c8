/** Strings of the citation blocks (datasets, publications, indicators): copy buttons and reference-manager files. */
export const cite = {
  cite_formats_intro: 'The same reference in three formats, to paste or to import into a reference manager:',
  /** {format} is APA, BibTeX or RIS. */
  cite_copy: 'Copy {format}',
  cite_copy_citation: 'Copy the citation',
  /** Said after a successful copy; {format} as above. */
  cite_copied: '{format} copied to the clipboard.',
  cite_copy_failed: 'Could not copy automatically: the text is selected, press Ctrl+C (or ⌘+C) to copy it.',
  cite_download_bib: 'Download the BibTeX file (.bib)',
  cite_download_ris: 'Download the RIS file (.ris) for Zotero, Mendeley or EndNote',
} as const;
