/**
 * Word counting for the minimum-length rules on summaries and descriptions.
 * A word is a whitespace-separated token that contains at least one letter or digit, so dashes,
 * bullets and stray punctuation do not count, while "P/CVE" or "2022" do.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
}
