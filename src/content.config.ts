/**
 * Content collections. Prose pages (About / methodology, ...) are Markdown, one file per language:
 * src/content/pages/<lang>/<slug>.md. Survey, library and representation data are not collections:
 * the data pipeline validates them (scripts/) and the pages read its outputs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/pages' }),
  schema: z.strictObject({
    /** The page title (also the <h1>). */
    title: z.string().min(1),
    /** One sentence for search results and link previews. */
    description: z.string().min(10),
    /** True when the page discusses figures built from the synthetic survey data. */
    synthetic: z.boolean().default(false),
  }),
});

export const collections = { pages };
