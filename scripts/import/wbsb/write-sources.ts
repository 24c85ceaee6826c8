/**
 * Writes the imported sources all at once: the codebook folder is built in a temporary folder that then
 * replaces codebook/, and responses.csv is written beside it under a temporary name, then renamed. A
 * failure before that leaves the previous sources untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { toCsv } from '../../../src/lib/csv.ts';
import { replaceDirAtomically } from '../../lib/atomic-dir.ts';
import type { BuiltSources } from './build-sources.ts';

function yamlFile(comment: string, value: unknown): string {
  return `${comment.split('\n').map((line) => `# ${line}`).join('\n')}\n${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export async function writeSources(outDir: string, sources: BuiltSources, mapName: string): Promise<void> {
  const generated = `Written by \`npm run import:wbsb\` from the export and the import map ${mapName}/. Do not edit by hand:\nchange the map and run the import again.`;
  // responses.csv is the pipeline's source, not a download: its text stays exactly as exported.
  const csv = toCsv(sources.header, sources.rows, { formulas: 'keep' });
  const csvTemp = path.join(outDir, '.responses.csv.tmp');
  await mkdir(outDir, { recursive: true });
  await writeFile(csvTemp, csv);
  try {
    await replaceDirAtomically(path.join(outDir, 'codebook'), async (dir) => {
      await writeFile(path.join(dir, 'scales.yaml'), yamlFile(`The answer scales of the questions.\n${generated}`, { scales: sources.scales }));
      await writeFile(path.join(dir, 'modules.yaml'), yamlFile(`The modules of the questionnaire, in its order.\n${generated}`, { modules: sources.modules }));
      const demographics = { demographics: sources.demographics, ...(sources.localSuppression ? { localSuppression: sources.localSuppression } : {}) };
      await writeFile(path.join(dir, 'demographics.yaml'), yamlFile(`Demographic variables, after disclosure control, with the parameters of the rules applied\n(mergeBelow, localSuppression), which the dataset page states.\n${generated}`, demographics));
      await mkdir(path.join(dir, 'questions'));
      for (const [index, file] of sources.questionFiles.entries()) {
        const name = `${String(index + 1).padStart(2, '0')}-${file.module}.yaml`;
        await writeFile(path.join(dir, 'questions', name), yamlFile(`Questions of the module ${file.module}.\n${generated}`, { questions: file.questions }));
      }
    });
  } catch (error) {
    await rm(csvTemp, { force: true });
    throw error;
  }
  await rename(csvTemp, path.join(outDir, 'responses.csv'));
}
