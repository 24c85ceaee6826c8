/**
 * The explorer's form controls as an ExplorerState, both ways: read() gathers what the reader chose,
 * write() shows a state (after a URL was opened, or on back/forward). Every state the page uses has
 * been through the URL parser, so read() output is only a candidate.
 */
import { fillSlots } from '../../../lib/explorer/describe.ts';
import { formatCount } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n-langs.ts';
import { pluralForm } from '../../../lib/plural.ts';
import { linesAllowed, type ChartType, type ExplorerState } from '../../../lib/explorer/state.ts';
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { MeasureControls } from './measure-controls.ts';
import { ReferenceControls } from './reference-controls.ts';
import { QuestionFilter } from './question-filter.ts';

export class Controls {
  private readonly form: HTMLFormElement;
  private readonly question: HTMLSelectElement;
  private readonly breakdown: HTMLSelectElement;
  private readonly strings: ExplorerStrings;
  private readonly lang: Lang;
  private readonly filter: QuestionFilter;
  private readonly measure: MeasureControls;
  private readonly reference: ReferenceControls;

  constructor(form: HTMLFormElement, codebook: ResolvedCodebook, strings: ExplorerStrings, onChange: () => void) {
    this.form = form;
    this.strings = strings;
    this.lang = codebook.lang;
    this.measure = new MeasureControls(form, codebook, strings);
    this.reference = new ReferenceControls(form, codebook, strings);
    const question = form.querySelector<HTMLSelectElement>('[data-control="question"]');
    const breakdown = form.querySelector<HTMLSelectElement>('[data-control="breakdown"]');
    if (!question || !breakdown) throw new Error('The explorer form lacks its question or breakdown list');
    this.question = question;
    this.breakdown = breakdown;
    this.filter = new QuestionFilter(form, question, strings, codebook.lang, (id) => {
      question.value = id;
      onChange();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      // Typing in the search box only narrows the list; it is not a change of the view.
      if ((event.target as HTMLElement).matches('[data-question-search]')) return;
      onChange();
    });
  }

  private checkedValue(name: string): string | undefined {
    return this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  }

  /** A chart text field's trimmed value; empty means the generated text. */
  private text(control: 'title' | 'subtitle'): string | null {
    const value = this.form.querySelector<HTMLInputElement>(`[data-control="${control}"]`)?.value.trim() ?? '';
    return value === '' ? null : value;
  }

  read(): ExplorerState {
    const filters: Record<string, number[]> = {};
    for (const details of this.form.querySelectorAll<HTMLElement>('[data-filter]')) {
      const id = details.dataset['filter'] ?? '';
      const codes = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => Number(box.value));
      if (codes.length > 0) filters[id] = codes;
    }
    return {
      question: this.question.value,
      breakdown: this.breakdown.value,
      filters,
      weighted: this.checkedValue('w') !== '0',
      includeMissing: this.form.querySelector<HTMLInputElement>('#include-missing')?.checked ?? false,
      chart: (this.checkedValue('chart') ?? 'grouped') as ChartType,
      measure: this.measure.read(this.question.value),
      reference: this.reference.read(this.breakdown.value),
      title: this.text('title'),
      subtitle: this.text('subtitle'),
    };
  }

  write(state: ExplorerState): void {
    this.question.value = state.question;
    this.filter.apply();
    this.breakdown.value = state.breakdown;
    this.measure.write(state);
    this.reference.write(state);
    for (const control of ['title', 'subtitle'] as const) {
      const field = this.form.querySelector<HTMLInputElement>(`[data-control="${control}"]`);
      if (field) field.value = state[control] ?? '';
    }
    for (const option of this.breakdown.options) option.disabled = option.value === state.question;
    for (const details of this.form.querySelectorAll<HTMLDetailsElement>('[data-filter]')) {
      const codes = state.filters[details.dataset['filter'] ?? ''] ?? [];
      for (const box of details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = codes.includes(Number(box.value));
      const count = details.querySelector('[data-filter-count]');
      if (count) count.textContent = codes.length > 0 ? `(${fillSlots(pluralForm(this.lang, this.strings.filter_selected, codes.length), { count: formatCount(this.lang, codes.length) })})` : '';
      if (codes.length > 0) details.open = true;
    }
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="w"]')) radio.checked = radio.value === (state.weighted ? '1' : '0');
    const missing = this.form.querySelector<HTMLInputElement>('#include-missing');
    if (missing) missing.checked = state.includeMissing;
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="chart"]')) {
      radio.checked = radio.value === state.chart;
      if (radio.value === 'lines') radio.disabled = !linesAllowed(state.breakdown);
    }
  }
}
