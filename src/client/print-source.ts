/**
 * Before printing, the page's print line (components/PrintSource.astro) gets the address in the
 * address bar, which on the explorer holds the view being printed (its state is in the URL). The
 * address may hold "$&" or "$'" (it is the reader's), so it goes in through fillSlots.
 */
import { fillSlots } from '../lib/fill-slots.ts';

export function writePrintSource(): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-print-source]')) {
    const template = line.dataset['template'];
    if (template !== undefined) line.textContent = fillSlots(template, { url: location.href });
  }
}

window.addEventListener('beforeprint', writePrintSource);
