/**
 * The search box above the question list: typing narrows the <select> to the questions whose short
 * label or wording has the typed words (module groups kept, the current question always kept so the
 * list never shows something that is not selected), and says how many match. Enter picks the first
 * match.
 */
import { fillSlots } from '../../../lib/explorer/describe.ts';
import { formatCount } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n-langs.ts';
import { pluralForm } from '../../../lib/plural.ts';
import { questionMatcher } from '../../../lib/explorer/question-search.ts';
import type { ExplorerStrings } from '../../../lib/explorer/strings.ts';

interface Group { label: string; options: HTMLOptionElement[] }

export class QuestionFilter {
  private readonly input: HTMLInputElement;
  private readonly select: HTMLSelectElement;
  private readonly count: HTMLElement | null;
  private readonly groups: Group[];
  private readonly strings: ExplorerStrings;
  private readonly lang: Lang;

  constructor(root: ParentNode, select: HTMLSelectElement, strings: ExplorerStrings, lang: Lang, pick: (questionId: string) => void) {
    const input = root.querySelector<HTMLInputElement>('[data-question-search]');
    if (!input) throw new Error('The explorer has no question search box');
    this.input = input;
    this.select = select;
    this.count = root.querySelector('[data-question-search-count]');
    this.strings = strings;
    this.lang = lang;
    // The full list, kept aside so filtering can rebuild the select from it.
    this.groups = [...select.querySelectorAll('optgroup')].map((group) => ({ label: group.label, options: [...group.querySelectorAll('option')] }));
    input.addEventListener('input', () => this.apply());
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = this.matches()[0];
      if (first) pick(first.value);
    });
  }

  private matches(): HTMLOptionElement[] {
    const matches = questionMatcher(this.input.value);
    return this.groups.flatMap((g) => g.options.filter((o) => matches(o.dataset['search'] ?? o.text)));
  }

  /** Rebuilds the list for the current search text, keeping the selected question. */
  apply(): void {
    const query = this.input.value.trim();
    const matching = new Set(this.matches());
    const current = this.select.value;
    const fragment = document.createDocumentFragment();
    for (const group of this.groups) {
      const kept = group.options.filter((o) => matching.has(o) || o.value === current);
      if (kept.length === 0) continue;
      const element = document.createElement('optgroup');
      element.label = group.label;
      element.append(...kept);
      fragment.append(element);
    }
    this.select.replaceChildren(fragment);
    this.select.value = current;
    if (this.count) {
      this.count.textContent = query === '' ? '' : matching.size === 0 ? this.strings.question_search_none : fillSlots(pluralForm(this.lang, this.strings.question_search_count, matching.size), { count: formatCount(this.lang, matching.size) });
    }
  }
}
