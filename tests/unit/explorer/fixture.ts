/** A small resolved codebook and strings for the explorer's unit tests. */
import type { ResolvedCodebook } from '../../../src/lib/codebook/resolved.ts';
import { explorerStrings } from '../../../src/lib/explorer/strings.ts';

export const codebook: ResolvedCodebook = {
  lang: 'en',
  dataset: {
    id: 'wbsb', title: 'Security Barometer', description: 'd', version: '0.1.0', synthetic: true,
    publisher: 'KCSS', licence: 'CC-BY-4.0',
    countries: [{ iso: 'AL', code: 1, name: 'Albania' }, { iso: 'XK', code: 2, name: 'Kosovo' }],
    waves: [2023, 2024], method: 'm', changelog: [{ version: '0.1.0', date: '2025-03-01', text: 'first' }],
    explorer: { question: 'trust_police', country: 2 },
  },
  modules: [{ id: 'trust', order: 1, title: 'Trust', description: '', questions: ['trust_police', 'trust_army'] }],
  questions: [
    {
      id: 'trust_police', module: 'trust', scale: 'yesno', ordered: true, short: 'Trust in the police',
      wording: 'Do you trust the police?', wordingByCountry: { XK: 'Do you trust the Kosovo Police?' },
      values: [{ code: 1, label: 'No' }, { code: 2, label: 'Yes' }], key: { codes: [2], label: 'trust' },
      countries: ['AL', 'XK'], waves: [2023, 2024],
    },
    {
      id: 'trust_army', module: 'trust', scale: 'yesno', ordered: false, short: 'Trust in the army',
      wording: 'Do you trust the army?', wordingByCountry: { XK: 'Do you trust the KSF?' },
      values: [{ code: 1, label: 'No' }, { code: 2, label: 'Yes' }], key: { codes: [2], label: 'trust' },
      countries: ['AL', 'XK'], waves: [2023, 2024],
    },
  ],
  demographics: [
    { id: 'country', label: 'Country', values: [{ code: 1, label: 'Albania' }, { code: 2, label: 'Kosovo' }] },
    { id: 'wave', label: 'Wave (year)', values: [{ code: 2023, label: '2023' }, { code: 2024, label: '2024' }] },
    { id: 'gender', label: 'Gender', values: [{ code: 1, label: 'Man' }, { code: 2, label: 'Woman' }] },
  ],
  missing: [{ code: 97, label: 'Not asked' }, { code: 98, label: "Don't know" }, { code: 99, label: 'Refused' }],
};

export const strings = explorerStrings('en');
