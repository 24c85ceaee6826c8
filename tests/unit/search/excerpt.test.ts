import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../../src/client/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits Pagefind excerpts into marked and unmarked text', () => {
    expect(excerptParts('Trust in the <mark>police</mark> is <mark>high</mark>.')).toEqual([
      { text: 'Trust in the ', marked: false },
      { text: 'police', marked: true },
      { text: ' is ', marked: false },
      { text: 'high', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities so they show as the characters they stand for, never as markup', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <mark>&quot;c&quot;</mark> &#39;d&#x27;')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: '"c"', marked: true },
      { text: " 'd'", marked: false },
    ]);
    expect(decodeEntities('&unknown; &#233;')).toBe('&unknown; é');
  });

  it('drops any tag other than mark, keeping its text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe <script>text</script>')).toEqual([{ text: 'safe text', marked: false }]);
  });

  it('joins neighbouring runs of the same kind', () => {
    expect(excerptParts('<mark>sigurisë</mark><mark> së</mark> Kosovës')).toEqual([
      { text: 'sigurisë së', marked: true },
      { text: ' Kosovës', marked: false },
    ]);
  });
});
