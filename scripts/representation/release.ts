/**
 * Version and change log of the representation dataset. The survey datasets keep theirs in
 * dataset.yaml; the representation tables have no such file, so their release record lives here:
 * add an entry, newest first, whenever a table is added or corrected.
 */
import type { RepresentationRelease } from '../../src/lib/downloads/representation-dataset.ts';

/** This file, as error messages name it. */
export const RELEASE_FILE = 'scripts/representation/release.ts';

export const REPRESENTATION_RELEASE: RepresentationRelease = {
  version: '1.1.0',
  changelog: [
    {
      version: '1.1.0',
      date: '2026-12-01',
      text: {
        sq: 'Shtohen 113 shifra të publikuara për gratë dhe komunitetet jo-shumicë në Policinë e Kosovës dhe në FSK (1999–2026), secila me botuesin dhe adresën e burimit, me fjalët si "rreth" ose "mbi" të ruajtura dhe me shifrat kontradiktore të mbajtura krah për krah.',
        en: 'Adds 113 published figures on women and non-majority communities in the Kosovo Police and the KSF (1999–2026), each with its publisher and source address, with words such as "about" or "over" kept and conflicting figures kept side by side.',
        sr: 'Dodaje 113 objavljenih podataka o ženama i nevećinskim zajednicama u Kosovskoj policiji i KBS (1999–2026), svaki sa izdavačem i adresom izvora, uz zadržane reči kao što su „oko” ili „preko” i uz protivrečne podatke prikazane jedne pored drugih.',
      },
    },
    {
      version: '1.0.0',
      date: '2026-11-21',
      text: {
        sq: 'Publikimi i parë: përqindja e grave dhe e burrave sipas gradës së oficerëve në Forcën e Sigurisë së Kosovës, nga Figura 1 e raportit të QKSS-së të dhjetorit 2023.',
        en: 'First release: the percentage of women and men by officer rank in the Kosovo Security Force, from Figure 1 of the KCSS report of December 2023.',
        sr: 'Prvo izdanje: procenat žena i muškaraca po oficirskim činovima u Kosovskim bezbednosnim snagama, iz Grafikona 1 izveštaja KCSS-a iz decembra 2023.',
      },
    },
  ],
};
