/**
 * Builds the DOM of one search result: a heading with the link, a line saying what it is (type, year,
 * PDF page), the excerpt with the matched words in <mark>, and for a match inside a PDF a second link
 * that opens the PDF at that page. Text goes in as text nodes only (see excerpt.ts).
 */
import { SEARCH_TYPES, type SearchType } from '../../lib/search-type.ts';
import { fillSlots } from '../../lib/fill-slots.ts';
import { excerptParts } from './excerpt.ts';
import type { PagefindResultData } from './pagefind-api.ts';

export interface ResultStrings {
  typeLabels: Record<SearchType, string>;
  /** "In the PDF, page {page}". */
  pdfPage: string;
  /** "Open the PDF at page {page}". */
  pdfOpen: string;
}

function isSearchType(value: string | undefined): value is SearchType {
  return (SEARCH_TYPES as readonly (string | undefined)[]).includes(value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-result-excerpt');
  for (const part of excerptParts(excerpt)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

export function resultItem(data: PagefindResultData, strings: ResultStrings): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  link.dataset['resultLink'] = '';
  heading.append(link);
  item.append(heading);

  const type = data.filters['type']?.[0];
  const page = data.meta['page'];
  const facts = [isSearchType(type) ? strings.typeLabels[type] : undefined, data.filters['year']?.[0], page === undefined ? undefined : fillSlots(strings.pdfPage, { page })];
  item.append(element('p', 'search-result-meta', facts.filter((fact) => fact !== undefined).join(' · ')));
  item.append(excerptParagraph(data.excerpt));

  const pdf = data.meta['pdf'];
  if (pdf !== undefined && page !== undefined) {
    const pdfLink = element('a', '', fillSlots(strings.pdfOpen, { page }));
    pdfLink.href = `${pdf}#page=${encodeURIComponent(page)}`;
    const paragraph = element('p', 'search-result-pdf');
    paragraph.append(pdfLink);
    item.append(paragraph);
  }
  return item;
}
