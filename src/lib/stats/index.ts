/**
 * The portal's statistics: one implementation for the build (Node) and the browser.
 * Definitions follow "Statistics" in the product spec; see each module for the formulas.
 */
export type {
  CellEstimate,
  CellSums,
  ChiSquareResult,
  ColumnCell,
  ColumnSummary,
  CrosstabOptions,
  CrosstabResult,
  Reliability,
} from './types.ts';
export { kishEffectiveN } from './effective-n.ts';
export { wilsonInterval, Z_95 } from './wilson.ts';
export { reliabilityOf, SUPPRESS_BELOW_N, UNRELIABLE_BELOW_N } from './reliability.ts';
export { logGamma, regularizedGammaP, regularizedGammaQ } from './gamma.ts';
export { chiSquareSurvival, erfc, normalSurvival } from './distributions.ts';
export { chiSquareDesignCorrected, isSparse, SMALL_EXPECTED_COUNT, SMALL_EXPECTED_LIMIT } from './chi-square.ts';
export { twoProportionZTest, SIGNIFICANCE_LEVEL } from './z-test.ts';
export { crosstab } from './crosstab.ts';
export { compareWithReference, holmAdjust, type CellComparison, type Direction } from './compare.ts';
export { collapseRows, sumCells, totalOf } from './sums.ts';
export { crosstabLookup, type CrosstabLookup } from './lookup.ts';
