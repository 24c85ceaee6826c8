/**
 * Pagefind's excerpts are HTML: the page's text, entity-escaped, with the matched words wrapped in
 * <mark>. Rather than trusting that string as HTML, it is split here into plain-text runs, marked or
 * not, which the view turns into text nodes and <mark> elements. Any other tag is dropped. Pure, no DOM.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  // Split on every tag; <mark> and </mark> switch the state, other tags vanish.
  for (const piece of html.split(/(<\/?[a-z][^>]*>)/iu)) {
    if (piece.startsWith('<')) {
      if (/^<mark\b/iu.test(piece)) marked = true;
      else if (/^<\/mark>/iu.test(piece)) marked = false;
      continue;
    }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
