/**
 * The one plain-language sentence an indicator leads with, generated from the data in each language:
 * "In 2024, 74% of people in Kosovo trust the police (some or a great deal), up from 70% in 2021."
 * The change is mentioned only when the two-proportion z-test finds it significant; otherwise the
 * sentence says the share is about the same. The codebook's key labels are third-person plural verb
 * phrases in every language ("trust the police", "i besojnë policisë", "imaju poverenja u policiju"),
 * so each language's grammar below only has to supply the frame and the place.
 */
import type { CountryIso } from '../codebook/schema.ts';
import { formatPercent } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import { PLACE, keyAfterSubject } from './grammar.ts';
import { compareShares, shownKeyTrend, type Direction } from './significance.ts';

/** What the sentence says, before it is put into words. */
export interface KeySentenceFacts {
  country: CountryIso;
  wave: number;
  share: number;
  /** The earliest wave shown for the country, when it differs from the latest. */
  comparison: { wave: number; share: number; direction: Direction } | null;
}

/** Countries the sentence prefers, in order: Kosovo first (the publisher's home), then dataset order. */
export const SENTENCE_COUNTRY_PREFERENCE: readonly CountryIso[] = ['XK'];

/** The facts for the first preferred country with a shown latest figure; null if no country has one. */
export function keySentenceFacts(aggregates: QuestionAggregates, preference: readonly CountryIso[] = SENTENCE_COUNTRY_PREFERENCE): KeySentenceFacts | null {
  const rank = (iso: CountryIso) => {
    const i = preference.indexOf(iso);
    return i === -1 ? preference.length : i;
  };
  const candidates = aggregates.countries
    .map((country, order) => ({ country, order }))
    .sort((a, b) => rank(a.country.country) - rank(b.country.country) || a.order - b.order);
  for (const { country } of candidates) {
    const trend = shownKeyTrend(country);
    const latest = trend[trend.length - 1];
    const earliest = trend[0];
    if (!latest || !earliest) continue;
    const comparison = earliest === latest
      ? null
      : { wave: Number(earliest.column.col), share: earliest.share, direction: compareShares(earliest, latest).direction };
    return { country: country.country, wave: Number(latest.column.col), share: latest.share, comparison };
  }
  return null;
}

interface Parts {
  wave: string;
  share: string;
  place: string;
  key: string;
  earlierWave: string;
  earlierShare: string;
}

interface Grammar {
  /** The main clause: when, how many, where, what. */
  main: (p: Parts) => string;
  /** The comparison clause, appended after a comma. */
  change: Record<Direction, (p: Parts) => string>;
}

const GRAMMAR: Record<Lang, Grammar> = {
  en: {
    main: (p) => `In ${p.wave}, ${p.share} of people ${p.place} ${p.key}`,
    change: {
      up: (p) => `up from ${p.earlierShare} in ${p.earlierWave}`,
      down: (p) => `down from ${p.earlierShare} in ${p.earlierWave}`,
      same: (p) => `about the same as in ${p.earlierWave} (${p.earlierShare})`,
    },
  },
  sq: {
    main: (p) => `Në vitin ${p.wave}, ${p.share} e njerëzve ${p.place} ${p.key}`,
    change: {
      up: (p) => `më shumë se në vitin ${p.earlierWave} (${p.earlierShare})`,
      down: (p) => `më pak se në vitin ${p.earlierWave} (${p.earlierShare})`,
      same: (p) => `afërsisht njësoj si në vitin ${p.earlierWave} (${p.earlierShare})`,
    },
  },
  sr: {
    main: (p) => `U ${p.wave}. godini ${p.share} ljudi ${p.place} ${p.key}`,
    change: {
      up: (p) => `više nego ${p.earlierWave}. godine (${p.earlierShare})`,
      down: (p) => `manje nego ${p.earlierWave}. godine (${p.earlierShare})`,
      same: (p) => `približno isto kao ${p.earlierWave}. godine (${p.earlierShare})`,
    },
  },
};

/** The sentence in a language; `keyLabel` is the question's key label in that language. */
export function keySentence(lang: Lang, facts: KeySentenceFacts, keyLabel: string): string {
  const grammar = GRAMMAR[lang];
  const parts: Parts = {
    // Years are written as they are, never with a thousands separator.
    wave: String(facts.wave),
    share: formatPercent(lang, facts.share),
    place: PLACE[lang][facts.country],
    key: keyAfterSubject(lang, keyLabel),
    earlierWave: facts.comparison ? String(facts.comparison.wave) : '',
    earlierShare: facts.comparison ? formatPercent(lang, facts.comparison.share) : '',
  };
  const main = grammar.main(parts);
  return facts.comparison ? `${main}, ${grammar.change[facts.comparison.direction](parts)}.` : `${main}.`;
}
