/** The facts FactList.astro shows: a label and one or more values, plain or linked. */
export interface FactValue {
  text: string;
  /** Makes the value a link. */
  href?: string;
  /** Language of this value, when it differs from the page's (a title as published, say). */
  lang?: string;
  /** Words in the page's language before the value, such as the name of the edition's language. */
  prefix?: string;
}

export interface Fact {
  label: string;
  values: readonly (string | FactValue)[];
  /** Language of the values, when it differs from the page's (an original title, say). */
  lang?: string;
}
