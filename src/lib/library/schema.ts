/**
 * Source format of the publication library (data/publications/*.yaml) and of the programmes and
 * projects (data/programmes/*.yaml), as zod schemas. The loaders in scripts/library/ validate every
 * file against these; cross-references between files are checked there.
 */
import { z } from 'zod';
import { Text, VariableId } from '../codebook/schema.ts';
import { comparePartialDates, isPartialDate } from './dates.ts';
import { isValidIsbn } from './isbn.ts';
import { REPORT_FILE_NAME } from './links.ts';
import { PUBLISHER_IDS } from './publishers.ts';
import { TOPIC_IDS } from './topics.ts';
import { wordCount } from './words.ts';
import { LANGS } from '../i18n-langs.ts';

/** Minimum words per language of a publication summary. */
export const SUMMARY_MIN_WORDS = 120;
/** Minimum words per language of a programme or project description. */
export const DESCRIPTION_MIN_WORDS = 80;

/** Ids used in URLs: lowercase words joined by single hyphens. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase letters and digits joined by single hyphens');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().refine(isPartialDate, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A non-empty name or title, trimmed. */
const Name = z.string().trim().min(1, 'must not be empty');

/** A text in all three languages, each with at least `minWords` words. */
export function textWithMinWords(minWords: number) {
  return Text.superRefine((text, ctx) => {
    for (const lang of LANGS) {
      const words = wordCount(text[lang]);
      if (words < minWords) {
        ctx.addIssue({ code: 'custom', path: [lang], message: `needs at least ${minWords} words, has ${words}` });
      }
    }
  });
}

/** Rejects repeated items in a list of strings. */
function noDuplicates(items: readonly string[], ctx: z.RefinementCtx): void {
  items.forEach((item, index) => {
    if (items.indexOf(item) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `"${item}" is listed twice` });
  });
}

export const PUBLICATION_TYPES = [
  'report',
  'policy-brief',
  'policy-analysis',
  'annual-report',
  'research-paper',
  'barometer-edition',
  'barometer-special-edition',
  'barometer-report',
  'essay-collection',
] as const;
/** The kind of publication, as the library's type filter shows it. */
export const PublicationType = z.enum(PUBLICATION_TYPES);
export type PublicationType = z.infer<typeof PublicationType>;

/** A language a publication was published in. */
export const SourceLanguage = z.enum(LANGS);

export const DATE_BASES = ['page', 'not-before'] as const;

/** Portal pages a publication links to besides its programme and project (the figures it is a source of). */
export const RELATED_PAGES = ['representation'] as const;

const HttpUrl = z.url({ protocol: /^https?$/u, error: 'must be an http(s) link' });

/** The fields of a publication; `Publication` adds the rules between them. */
const PublicationFields = z.strictObject({
  /** Id in URLs (/library/<id>/); equals the file name. */
  id: Slug,
  /**
   * Title in the three portal languages. In every language of `languages` (except those listed in
   * `titleNotKnownIn`) it is the title as published in that edition; in the others it is the portal's
   * own translation, and the page says so.
   */
  title: Text,
  /** Title exactly as published, in the original's language: equals `title[languages[0]]`. */
  originalTitle: Name,
  /** Languages the publication appeared in whose title the sources do not give; the portal translates it. */
  titleNotKnownIn: z.array(SourceLanguage).superRefine(noDuplicates).optional(),
  /** Publication date at the precision the source gives. */
  date: PartialDate,
  /**
   * How `date` is known when it is not the date printed or announced: `page` is the date of the
   * publisher's web page (possibly a later upload); `not-before` means the sources give no date and
   * `date` is only the earliest possible one (the page then shows the publication as undated).
   */
  dateBasis: z.enum(DATE_BASES).optional(),
  /** Kind of publication. */
  type: PublicationType,
  /** Programme id; absent for institution-wide publications and where the sources name none. */
  programme: Slug.optional(),
  /** Project id, when the publication came out of a listed project. */
  project: Slug.optional(),
  /** Authors as credited; empty when the source does not name them. */
  authors: z.array(Name),
  /** Publishers as the sources name them, from the list in publishers.ts. */
  publishers: z.array(z.enum(PUBLISHER_IDS)).min(1).superRefine(noDuplicates),
  /** Languages the original was published in, the original's language first. */
  languages: z.array(SourceLanguage).min(1).superRefine(noDuplicates),
  /** ISBN as printed (ISBN-13 or ISBN-10, hyphens allowed, check digit verified). */
  isbn: z.string().refine(isValidIsbn, 'must be a valid ISBN-13 or ISBN-10').optional(),
  /** Link to the original: the publisher's page or file where known, else a report file or a copy. */
  url: HttpUrl.optional(),
  /** Set (to true) only when the sources give no address at all; exactly one of `url` and this. */
  noKnownUrl: z.literal(true).optional(),
  /** Further addresses of the same publication (pages in other languages, PDFs, announcements, copies). */
  otherLinks: z.array(z.strictObject({ url: HttpUrl, lang: SourceLanguage.optional() })).optional(),
  /**
   * Its editions among the WBSB platform's report files, per language (file names in links.ts's folder).
   * The build copies and indexes those it finds in the publication files folder (PUBLICATION_FILES).
   */
  files: z.partialRecord(SourceLanguage, z.string().regex(REPORT_FILE_NAME, 'must be a report file name (upload id).pdf')).optional(),
  /** Further report files that are copies of an edition already in `files`; kept apart so that no text is indexed twice. */
  duplicateFiles: z.array(z.string().regex(REPORT_FILE_NAME, 'must be a report file name (upload id).pdf')).optional(),
  /** Topic ids from the controlled list in topics.ts. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1).superRefine(noDuplicates),
  /** Survey question ids (codebook) the publication speaks to. */
  relatedIndicators: z.array(VariableId).superRefine(noDuplicates),
  /** Portal pages that show figures from this publication. */
  relatedPages: z.array(z.enum(RELATED_PAGES)).superRefine(noDuplicates).optional(),
  /** Summary written by this project after reading the publication, at least 120 words in each language; absent until then. */
  summary: textWithMinWords(SUMMARY_MIN_WORDS).optional(),
});

/** Rules between fields, each reported on the field to fix. */
function checkPublication(publication: z.infer<typeof PublicationFields>, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const [original] = publication.languages;
  if (original !== undefined && publication.title[original] !== publication.originalTitle) {
    issue(['originalTitle'], `must equal title.${original}, the title in the original's language (languages[0])`);
  }
  (publication.titleNotKnownIn ?? []).forEach((lang, index) => {
    if (!publication.languages.includes(lang)) issue(['titleNotKnownIn', index], `"${lang}" is not among the languages the publication appeared in`);
    if (lang === original) issue(['titleNotKnownIn', index], 'the title in the original\'s language must be known (it is originalTitle)');
  });
  if ((publication.url === undefined) === (publication.noKnownUrl === undefined)) {
    issue(['url'], 'give the link to the original, or set noKnownUrl: true when the sources give none (not both)');
  }
  const seen = new Set(publication.url === undefined ? [] : [publication.url]);
  (publication.otherLinks ?? []).forEach((link, index) => {
    if (seen.has(link.url)) issue(['otherLinks', index, 'url'], 'this address is already given');
    seen.add(link.url);
  });
  const files = Object.entries(publication.files ?? {});
  for (const [lang, file] of files) {
    if (!publication.languages.some((language) => language === lang)) issue(['files', lang], `the publication has no ${lang} edition in languages`);
    if (files.some(([other, otherFile]) => other !== lang && otherFile === file)) issue(['files', lang], `${file} is listed for two languages`);
  }
  (publication.duplicateFiles ?? []).forEach((file, index) => {
    if (files.some(([, edition]) => edition === file)) issue(['duplicateFiles', index], `${file} is already an edition in files`);
  });
  if (publication.dateBasis === 'not-before' && publication.date.length !== 4) issue(['date'], 'an earliest possible date (dateBasis not-before) is a year');
}

/** One publication (one file in data/publications/, named `<id>.yaml`). */
export const Publication = PublicationFields.superRefine(checkPublication);
export type Publication = z.infer<typeof Publication>;

/** One programme (an entry of data/programmes/programmes.yaml). */
export const Programme = z.strictObject({
  /** Id in URLs (/programmes/<id>/). */
  id: Slug,
  /** Programme name. */
  name: Text,
  /** What the programme works on, at least 80 words in each language. */
  description: textWithMinWords(DESCRIPTION_MIN_WORDS),
  /** Its main themes, one short phrase each. */
  themes: z.array(Text).min(1),
  /** Position in lists (1 = first). */
  order: z.number().int().min(1),
});
export type Programme = z.infer<typeof Programme>;

export const PROJECT_STATUSES = ['ongoing', 'finished'] as const;

/** One project (an entry of data/programmes/projects.yaml). */
export const Project = z
  .strictObject({
    /** Id in URLs (/projects/<id>/). */
    id: Slug,
    /** Project name in the three portal languages. */
    name: Text,
    /** Name exactly as the project was announced, in its original language. */
    originalName: Name,
    /** Programme id the project belongs to. */
    programme: Slug,
    /** Start at the precision the source gives. */
    start: PartialDate,
    /** End at the precision the source gives; absent when not known or still running. */
    end: PartialDate.optional(),
    /** Whether the project is still running. */
    status: z.enum(PROJECT_STATUSES),
    /** Implementing partners, as named by the source. */
    partners: z.array(Name),
    /** Funders and supporters, as named by the source. */
    supporters: z.array(Name),
    /** Where the project worked (municipalities, regions or countries). */
    places: z.array(Name),
    /** What the project did, at least 80 words in each language. */
    description: textWithMinWords(DESCRIPTION_MIN_WORDS),
    /** Ids of the library's publications that came out of the project. */
    publications: z.array(Slug).superRefine(noDuplicates),
  })
  .superRefine((project, ctx) => {
    if (project.end !== undefined && comparePartialDates(project.end, project.start) < 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `must not be before start ${project.start}` });
    }
  });
export type Project = z.infer<typeof Project>;
