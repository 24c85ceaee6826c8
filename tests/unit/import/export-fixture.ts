/**
 * A small export in the shape of KCSS's platform export, written by the tests themselves: Windows-1252
 * bytes, one label file per country and language, `Category:` columns, empty cells for "not asked", a
 * municipality column and an open answer. Each test gets a fresh copy it may break.
 */
import { cp, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURE_MAP = path.join(ROOT, 'tests', 'fixtures', 'import-wbsb', 'map');

type Table = string[][];

const KOSOVO_ENG: Table = [
  ['Region', 'Residence code', 'Municipality', 'Gender', 'Age', 'Nationality', 'Category: Trust towards institutions', 'How much do you trust the Armed Forces', 'How much do you trust the Police', 'Category: EU Integration', 'Do you support EU integration?', 'If yes, are you informed?', 'What is the main threat?'],
  ['Pristina', 'Urban', 'Pristina', 'Female', '18', 'Albanian', '', 'Trust', 'To some extent', '', 'Yes', 'Yes', 'Roads, traffic'],
  ['Pristina', 'Rural', 'Podujeva', 'Male', '36', 'Serb', '', 'No trust', 'Trust', '', 'No', '0', 'Nothing'],
  ['Pristina', 'Urban', 'Pristina', 'Male', '36', 'Serb', '', "I don't know/ No opinion", 'No trust', '', 'Yes', 'No', ''],
  ['Pristina', 'Urban', 'Pristina', 'Female', '18', 'Turkish', '', 'Trust', 'Trust', '', 'Yes', 'Yes', 'Crime'],
];
const KOSOVO_ALB: Table = [
  ['Rajoni', 'Kodi i vendbanimit', 'Komuna', 'Gjinia', 'Mosha', 'Kombesia ', 'Category: Besimi ne Institucione', 'Sa ju besoni Forcave te Armatosura', 'Sa i besoni Policise', 'Category: Integrimi ne BE', 'A e mbeshtetni integrimin ne BE?', 'Nese po, a jeni i informuar?', 'Cili eshte kercenimi kryesor?'],
  ['Prishtine', 'Urban', 'Prishtine', 'Femer', '18', 'Shqiptar', '', 'I besoj', 'Deri diku', '', 'Po', 'Po', 'Rrugët'],
  ['Prishtine', 'Rural', 'Podujeve', 'Mashkull', '36', 'Serb', '', 'Nuk kam besim', 'I besoj', '', 'Jo', '', 'Asgjë'],
  ['Prishtine', 'Urban', 'Prishtine', 'Mashkull', '36', 'Serb', '', 'Nuk e di/nuk kam mendim', 'Nuk kam besim', '', 'Po', 'Jo', ''],
  ['Prishtine', 'Urban', 'Prishtine', 'Femer', '18', 'Turk', '', 'I besoj', 'I besoj', '', 'Po', 'Po', 'Krimi'],
];
const ALBANIA_ENG: Table = [
  ['Region', 'Residence code', 'Municipality', 'Gender', 'Age', 'Nationality', 'Category: Trust towards institutions', 'How much do you trust the Police', 'Category: EU Integration', 'Do you support EU integration?'],
  ['Tirana', 'Urban', 'Tirana', 'Female', '18-35', 'Albanian', '', 'I trust', '', 'Yes'],
  ['Tirana', 'Urban', 'Kamez', 'Male', '36+', 'Albanian', '', 'To some extent', '', 'I refuse to answer'],
  ['Tirana', 'Rural', 'Tirana', 'Male', '36+', 'Albanian', '', 'No trust', '', 'No'],
];
const ALBANIA_ALB: Table = [
  ['Rajoni', 'Kodi i vendbanimit', 'Komuna', 'Gjinia', 'Mosha', 'Kombesia ', 'Category: Besimi ne Institucione', 'Sa i besoni Policise', 'Category: Integrimi ne BE', 'A e mbeshtetni integrimin ne BE?'],
  ['Tirane', 'Urban', 'Tirane', 'Femer', '18-35', 'Shqiptar', '', 'I besoj', '', 'Po'],
  ['Tirane', 'Urban', 'Kamez', 'Mashkull', '36+', 'Shqiptar', '', 'Deri Diku', '', 'Refuzoj te pergjigjem'],
  ['Tirane', 'Rural', 'Tirane', 'Mashkull', '36+', 'Tjeter', '', 'Nuk kam besim', '', 'Jo'],
];
const ALBANIA_SRB: Table = [
  ['Region', 'Prebivalista', 'Opstina', 'Pol', 'Godina', 'Nacionalnost', 'Category: Poverenje u Institucije', 'Koliko verujete Policiji?', 'Category: Integracija u EU', 'Da li podrzavate integraciju u EU?'],
  ['Tirana', 'Gradsko', 'Tirana', 'Zensko', '18-35', 'Albanac', '', 'Verujem', '', 'Da'],
  ['Tirana', 'Gradsko', 'Kamez', 'Musko', '36+', 'Albanac', '', 'Donekle', '', 'Odbijam da odgovorim'],
  ['Tirana', 'Seosko', 'Tirana', 'Musko', '36+', 'Drugo', '', 'Nemam poverenja', '', 'Ne'],
];

export const EXPORT_TABLES: Record<string, Table> = {
  'Kosovo-ENG.csv': KOSOVO_ENG,
  'Kosovo-ALB.csv': KOSOVO_ALB,
  'Albania-ENG.csv': ALBANIA_ENG,
  'Albania-ALB.csv': ALBANIA_ALB,
  'Albania-SRB.csv': ALBANIA_SRB,
};

function csv(table: Table): string {
  return table.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}

/** Windows-1252 agrees with Latin-1 on every letter the fixture uses (ë, ç, ù …). */
export function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

export async function writeExport(dir: string, tables: Record<string, Table> = EXPORT_TABLES): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, table] of Object.entries(tables)) await writeFile(path.join(dir, name), windows1252(csv(table)));
}

/** A scratch folder with export/, map/ (a copy of the fixture map) and out/ (holding dataset.yaml). */
export async function importScratch(): Promise<{ root: string; exportDir: string; mapDir: string; outDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'import-test-'));
  const exportDir = path.join(root, 'export');
  const mapDir = path.join(root, 'map');
  const outDir = path.join(root, 'out');
  await writeExport(exportDir);
  await cp(FIXTURE_MAP, mapDir, { recursive: true });
  await mkdir(outDir);
  await cp(path.join(ROOT, 'tests', 'fixtures', 'import-wbsb', 'dataset.yaml'), path.join(outDir, 'dataset.yaml'));
  return { root, exportDir, mapDir, outDir };
}

/** The fixture's tables, deep-copied so a test can break one. */
export function tablesCopy(): Record<string, Table> {
  return JSON.parse(JSON.stringify(EXPORT_TABLES)) as Record<string, Table>;
}
