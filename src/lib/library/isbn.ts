/**
 * ISBN checks (ISBN-13 and ISBN-10), hyphens and spaces allowed.
 * The check digit is verified so that a mistyped ISBN is caught before it reaches a citation.
 */
function digitsOnly(isbn: string): string {
  return isbn.replace(/[\s-]/gu, '');
}

function isValidIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/u.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 13; index += 1) {
    sum += Number(digits[index]) * (index % 2 === 0 ? 1 : 3);
  }
  return sum % 10 === 0;
}

function isValidIsbn10(digits: string): boolean {
  if (!/^\d{9}[\dX]$/u.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const char = digits[index];
    sum += (char === 'X' ? 10 : Number(char)) * (10 - index);
  }
  return sum % 11 === 0;
}

/** True when the text is a well-formed ISBN-13 or ISBN-10 with a correct check digit. */
export function isValidIsbn(isbn: string): boolean {
  const digits = digitsOnly(isbn.toUpperCase());
  return digits.length === 13 ? isValidIsbn13(digits) : isValidIsbn10(digits);
}
