/**
 * Names of a figure's institution, group, level and conflict group in three languages, looked up in
 * the figures' vocabulary and, for a level that is a rank, in the rank table's metadata. Throws on an
 * unknown id: the pipeline has validated them, so one missing here means a stale or hand-edited file.
 */
import type { Text } from '../codebook/schema.ts';
import type { FigureVocabulary } from './figure-schema.ts';
import type { RepresentationMetadata } from './schema.ts';

export interface FigureLabels {
  institution: (id: string) => { name: Text; shortName: Text };
  group: (id: string) => Text;
  level: (institution: string, id: string) => Text;
  conflict: (id: string) => Text;
}

function find<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`representation figures: unknown ${what} "${id}"`);
  return found;
}

export function figureLabels(vocabulary: FigureVocabulary, metadata: Pick<RepresentationMetadata, 'institutions'>): FigureLabels {
  return {
    institution: (id) => find(vocabulary.institutions, id, 'institution'),
    group: (id) => find(vocabulary.groups, id, 'group').label,
    level: (institution, id) => {
      const rank = metadata.institutions.find((item) => item.id === institution)?.ranks.find((item) => item.id === id);
      return rank ? rank.label : find(vocabulary.levels, id, 'level').label;
    },
    conflict: (id) => find(vocabulary.conflicts, id, 'conflict group').label,
  };
}
