/**
 * The measure fieldset in the browser: reads which measure the reader chose and keeps the list of
 * answers to tick in step with the question (the build renders it for the default question only).
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { fillSlots } from '../../../lib/explorer/describe.ts';
import { EVERY_ANSWER, measureCodes, type Measure } from '../../../lib/explorer/measure.ts';
import type { ExplorerState } from '../../../lib/explorer/state.ts';
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';

export class MeasureControls {
  private readonly root: HTMLElement | null;
  private readonly codebook: ResolvedCodebook;
  private readonly strings: ExplorerStrings;

  constructor(form: HTMLFormElement, codebook: ResolvedCodebook, strings: ExplorerStrings) {
    this.root = form.querySelector<HTMLElement>('[data-measure]');
    this.codebook = codebook;
    this.strings = strings;
    // Ticking an answer means "add up the answers I choose". Registered before the form's own change
    // listener (Controls), so the radio is already set when the form reads the state.
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name !== 'mc') return;
      const codes = this.root?.querySelector<HTMLInputElement>('input[name="m"][value="codes"]');
      if (codes) codes.checked = true;
    });
  }

  private list(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('[data-measure-codes]') ?? null;
  }

  /** The chosen measure for a question; choosing "answers I choose" with none ticked starts from the headline group. */
  read(questionId: string): Measure {
    const kind = this.root?.querySelector<HTMLInputElement>('input[name="m"]:checked')?.value;
    if (kind === 'key') return { kind: 'key' };
    if (kind !== 'codes') return EVERY_ANSWER;
    const list = this.list();
    // Ticks of another question's answers mean nothing for this one.
    if (list?.dataset['question'] !== questionId) return { kind: 'key' };
    const codes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => Number(box.value));
    return codes.length > 0 ? { kind: 'codes', codes } : { kind: 'key' };
  }

  write(state: ExplorerState): void {
    const question = this.codebook.questions.find((q) => q.id === state.question);
    const list = this.list();
    if (!this.root || !question || !list) return;
    const kind = state.measure.kind;
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name="m"]')) radio.checked = radio.value === kind;
    const keyLabel = this.root.querySelector('[data-measure-key-label]');
    if (keyLabel) keyLabel.textContent = fillSlots(this.strings.measure_key, { label: question.key.label });
    if (list.dataset['question'] !== question.id) {
      list.replaceChildren(...question.values.map((value) => {
        const item = document.createElement('li');
        item.className = 'choice';
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id: `measure-code-${value.code}`, name: 'mc', value: String(value.code) });
        const label = Object.assign(document.createElement('label'), { htmlFor: box.id, textContent: value.label });
        item.append(box, label);
        return item;
      }));
      list.dataset['question'] = question.id;
    }
    // Until the reader ticks answers, the headline group is ticked, so "answers I choose" starts from it.
    const ticked = new Set(kind === 'codes' ? (measureCodes(state.measure, question) ?? []) : question.key.codes);
    for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = ticked.has(Number(box.value));
  }
}
