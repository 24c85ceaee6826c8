/**
 * Everything an indicator's components need, gathered once per page: the language and its strings,
 * the codebook, the question, its aggregates and the labels of their codes.
 */
import { ui, type UiStrings } from '../../i18n/index.ts';
import type { ResolvedCodebook, ResolvedQuestion } from '../codebook/resolved.ts';
import type { Lang } from '../i18n-langs.ts';
import type { QuestionAggregates } from '../survey/aggregates.ts';
import { keyAfterSubject } from './grammar.ts';
import { labelsFor, type Labels } from './labels.ts';

export interface IndicatorContext {
  lang: Lang;
  t: UiStrings;
  codebook: ResolvedCodebook;
  question: ResolvedQuestion;
  aggregates: QuestionAggregates;
  labels: Labels;
  /** The key label as it reads after "people who …" in this language. */
  keyRelative: string;
  /** True when the figures are synthetic demonstration data. */
  synthetic: boolean;
}

export function indicatorContext(lang: Lang, codebook: ResolvedCodebook, question: ResolvedQuestion, aggregates: QuestionAggregates): IndicatorContext {
  return {
    lang,
    t: ui(lang),
    codebook,
    question,
    aggregates,
    labels: labelsFor(codebook, question),
    keyRelative: keyAfterSubject(lang, question.key.label),
    synthetic: aggregates.synthetic || codebook.dataset.synthetic,
  };
}
