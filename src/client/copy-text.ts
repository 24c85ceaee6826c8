/**
 * Copy buttons (components/citation/CopyButton.astro). Each names the element whose text it copies;
 * the buttons are hidden in the HTML and shown here, so a page without JavaScript has no button that
 * does nothing, only the text to select by hand. Formatted text (the APA reference's italic title)
 * goes to the clipboard as HTML too, so a word processor keeps it. When the clipboard refuses, the
 * text is selected and the status line says how to copy it.
 */

function selectContents(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function writeClipboard(element: HTMLElement): Promise<void> {
  const text = (element.textContent ?? '').trim();
  const formatted = element.tagName !== 'PRE' && element.querySelector('i, em') !== null;
  if (formatted && typeof ClipboardItem !== 'undefined') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([element.innerHTML.trim()], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

async function copy(button: HTMLButtonElement, target: HTMLElement): Promise<void> {
  const status = button.parentElement?.querySelector('[data-copy-status]');
  try {
    await writeClipboard(target);
    if (status) status.textContent = button.dataset['copied'] ?? '';
  } catch {
    selectContents(target);
    if (status) status.textContent = button.dataset['copyFailed'] ?? '';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const target = document.getElementById(button.dataset['copyTarget'] ?? '');
  if (!target) continue;
  button.addEventListener('click', () => void copy(button, target));
  button.hidden = false;
}
