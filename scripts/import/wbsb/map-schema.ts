/**
 * The import map of one survey round (data/surveys/wbsb/import-<round>/): how the export of KCSS's
 * platform becomes the project's codebook and coded microdata. The export's columns are named by their
 * question text and its cells hold answer labels, so the map says which headers make up each question
 * in each language file, which raw labels mean which code, and the texts the portal shows.
 */
import { z } from 'zod';
import { CountryIso, Text, VariableId } from '../../../src/lib/codebook/schema.ts';

/** The language files of one country in the export. */
export const ExportLang = z.enum(['en', 'sq', 'sr', 'db']);
export type ExportLang = z.infer<typeof ExportLang>;

/** Raw labels (in any of the export's languages) that mean a missing code. */
const MissingRaw = z.strictObject({
  /** Labels coded 97, not asked (an empty cell is always 97). */
  97: z.array(z.string()).optional(),
  /** Labels coded 98, don't know. */
  98: z.array(z.string()).optional(),
  /** Labels coded 99, refused. */
  99: z.array(z.string()).optional(),
});
export type MissingRaw = z.infer<typeof MissingRaw>;

/** A column of an export file: its header, and which occurrence when a header repeats in the file. */
export const ColumnRef = z.union([
  z.string().min(1),
  z.strictObject({
    /** The header as in the file (spaces collapsed). */
    header: z.string().min(1),
    /** 1 for the first column with this header, 2 for the second, … */
    nth: z.number().int().min(1),
  }),
]);
export type ColumnRef = z.infer<typeof ColumnRef>;

/** export.yaml: the export's files and what is known about them. */
export const ExportFile = z.strictObject({
  /** The fieldwork year of the round. */
  wave: z.number().int().min(2000).max(2100),
  /** Per country, its files by language: en, sq (Albanian), sr (Serbian), db (the coded questionnaire file). */
  countries: z.partialRecord(CountryIso, z.strictObject({
    /** File names inside the export folder, per language. */
    files: z.partialRecord(ExportLang, z.string().min(1)),
  })),
  /** Code page of every file (the export is not UTF-8); files not listed use `defaultCodePage`. */
  codePages: z.record(z.string(), z.enum(['windows-1252', 'windows-1250'])),
  /** The code page of files not listed in codePages. */
  defaultCodePage: z.enum(['windows-1252', 'windows-1250']),
  /** Raw labels that mean a missing code in every question. */
  missing: MissingRaw,
  /** Columns deliberately not imported, with the reason (open answers, identifying details). */
  excluded: z.array(z.strictObject({
    /** The country whose file holds it. */
    country: CountryIso,
    /** The language file. */
    lang: ExportLang,
    /** The column. */
    column: ColumnRef,
    /** Why it is left out. */
    reason: z.string().min(1),
  })),
  /** Rows where two language files of one country disagree, checked by hand; the first listed file wins. */
  disagreements: z.array(z.strictObject({
    /** The country. */
    country: CountryIso,
    /** The question id. */
    question: VariableId,
    /** The language file whose answer is not used. */
    lang: ExportLang,
    /** Data rows (1 = the first respondent) where it disagrees. */
    rows: z.array(z.number().int().min(1)).min(1),
    /** What was found. */
    reason: z.string().min(1),
  })),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** One value of a scale or a demographic. */
export const MapValue = z.strictObject({
  /** The code written to the data. */
  code: z.number().int().min(1).max(96),
  /** The portal's label. */
  label: Text,
  /** Countries where the value exists (demographics); absent means everywhere. */
  countries: z.array(CountryIso).min(1).optional(),
  /** Every raw label of the export that means this value. */
  raw: z.array(z.string()).min(1),
});
export type MapValue = z.infer<typeof MapValue>;

/** scales/*.yaml */
export const MapScalesFile = z.strictObject({
  scales: z.array(z.strictObject({
    /** The scale's id in the codebook. */
    id: VariableId,
    /** Whether codes are ordered 1 (lowest) … k (highest). */
    ordered: z.boolean(),
    /** The draft's label clusters this scale serves (questions may name a scale by cluster). */
    clusters: z.array(z.string().regex(/^c\d{3}$/)).default([]),
    /** The answer options in display order. */
    values: z.array(MapValue).min(1),
    /** Raw labels of this scale that mean a missing code. */
    missing: MissingRaw.optional(),
  })).min(1),
});
export type MapScale = z.infer<typeof MapScalesFile>['scales'][number];

/** The columns of one question in one country's files. */
const QuestionColumns = z.partialRecord(ExportLang, ColumnRef);

/** questions/NN-module.yaml */
export const MapQuestionsFile = z.strictObject({
  /** The module id (modules.yaml). */
  module: z.string().min(1),
  questions: z.array(z.strictObject({
    /** Column name and URL id. */
    id: VariableId,
    /** A scale id, or the draft's cluster ids separated by spaces (all in one scale). */
    scale: z.string().min(1),
    /** Short label. */
    short: Text,
    /** The wording. */
    wording: Text,
    /** Wording in one country where it means something different. */
    wordingByCountry: z.partialRecord(CountryIso, Text).optional(),
    /** The headline share: the answers it counts (raw English labels or codes) and what it means. */
    key: z.strictObject({
      /** Raw labels of the export (any language) or codes. */
      answers: z.array(z.union([z.string(), z.number().int()])).min(1),
      /** Third-person plural verb phrase ("trust the police (…)"). */
      label: Text,
    }),
    /** Notes for readers. */
    notes: Text.optional(),
    /** Per country, the question's column in each language file. */
    columns: z.partialRecord(CountryIso, QuestionColumns),
  })).min(1),
});
export type MapQuestion = z.infer<typeof MapQuestionsFile>['questions'][number];

/** modules.yaml */
export const MapModulesFile = z.strictObject({
  modules: z.array(z.strictObject({
    /** Module id used in URLs. */
    id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
    /** Position. */
    order: z.number().int().min(1),
    /** Title. */
    title: Text,
    /** What it asks. */
    description: Text,
    /** The export's own `Category:` names of the module. */
    export: z.array(z.string()).min(1),
  })).min(1),
});
export type MapModule = z.infer<typeof MapModulesFile>['modules'][number];

/** demographics.yaml: the export's first columns, recoded, with what is left out to protect respondents. */
export const MapDemographicsFile = z.strictObject({
  demographics: z.array(z.strictObject({
    /** Column name in the project's data. */
    id: VariableId,
    /** Label. */
    label: Text,
    /** Headers of this column in the English files (they differ by country). */
    headers: z.array(z.string().min(1)).min(1),
    /** Values with their raw labels. */
    values: z.array(MapValue).min(2),
    /**
     * Disclosure control: values with fewer respondents than this in a country are merged into
     * `mergeInto` (repeated, smallest first, until the merged value itself reaches the threshold).
     */
    mergeBelow: z.number().int().min(2).optional(),
    /** The code that rare values are merged into. */
    mergeInto: z.number().int().min(1).max(96).optional(),
  })).min(1),
  /**
   * Local suppression: a respondent of a non-majority ethnic group whose combination of the key
   * variables is shared by fewer than `minimum` respondents of the country has the listed variables
   * replaced, one after the other, by their "not published" code until the group is large enough.
   */
  localSuppression: z.strictObject({
    /** The key variables (country is always one). */
    keys: z.array(VariableId).min(1),
    /** The smallest group a non-majority respondent may be in. */
    minimum: z.number().int().min(2),
    /** Variables to suppress, in order, with the code that stands for "not published". */
    suppress: z.array(z.strictObject({ id: VariableId, code: z.number().int().min(1).max(96) })).min(1),
  }).optional(),
  /** Headers of the English files that are never read (municipality: it would identify respondents). */
  withheld: z.array(z.strictObject({
    /** The header. */
    header: z.string().min(1),
    /** Why it is not published. */
    reason: z.string().min(1),
  })),
});
export type MapDemographic = z.infer<typeof MapDemographicsFile>['demographics'][number];
