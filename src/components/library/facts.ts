/** The facts FactList.astro shows: a label and one or more values, plain or linked. */
export interface FactValue {
  text: string;
  /** Makes the value a link. */
  href?: string;
}

export interface Fact {
  label: string;
  values: readonly (string | FactValue)[];
  /** Language of the values, when it differs from the page's (an original title, say). */
  lang?: string;
}
