// Intelligence and security agency entries from the MISP intelligence-agencies galaxy. MISP names carry wiki
// residue ("[12]", "(page does not exist)", "Name (ACR): English") that is cut into a clean name plus aliases;
// acronyms come from the "Name (ACR)" pattern of the name and the description. Agencies a curated file already
// lists for the same country are left to the curated entry.
import type { ActorCategory, LexiconEntry } from '../types.js';
import { cleanAliases, type MispCluster, type MispValue, type ReservedSurfaces } from './misp.js';
import { slugify } from './slug.js';

export interface AgencyReport {
  entries: LexiconEntry[];
  skippedCurated: string[];
}

const ACRONYM = /^[A-Z][A-Za-z0-9&-]*$/;
const ACRONYM_IN_TEXT = /\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])(?=[;,)])/g;

function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

function stripWikiResidue(text: string): string {
  return text
    .replace(/\[\d+\]/g, '')
    .replace(/\(page does not exist\)/g, '')
    .replace(/^[a-z]{2}:/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name, alternative names and acronyms in one MISP value. */
function parseValue(value: MispValue): { name: string; alternatives: string[] } {
  const [main = '', ...others] = stripWikiResidue(value.value).split(/\s[–-]\s/);
  const parts = /^(.*?)\s*\(([^)]+)\)\s*(?::\s*(.*))?$/.exec(main);
  const acronyms = [...(value.description ?? '').matchAll(ACRONYM_IN_TEXT)].map((m) => m[1] as string);
  if (!parts) return { name: main, alternatives: [...others, ...acronyms] };
  const [, base = '', inParens = '', english] = parts;
  const alternatives = [...others, ...acronyms, ...(english ? [english] : [])];
  // "(NISA)" is an acronym; "(Albania)" disambiguates a name several countries use, so it stays in the name.
  return isAcronym(inParens)
    ? { name: base, alternatives: [inParens, ...alternatives] }
    : { name: main, alternatives: [base, ...alternatives] };
}

function categoryOf(name: string): ActorCategory {
  if (/^Ministry\b/i.test(name)) return 'ministry';
  if (/police|gendarmerie/i.test(name)) return 'police';
  if (/army|navy|air force|marine|military|armed forces|liberation|general staff|defen[cs]e/i.test(name))
    return 'military';
  return 'agency';
}

export function buildAgencies(
  cluster: MispCluster,
  nameByCode: ReadonlyMap<string, string>,
  reserved: ReservedSurfaces,
): AgencyReport {
  const report: AgencyReport = { entries: [], skippedCurated: [] };
  const ids = new Set<string>();
  for (const value of cluster.values) {
    const { name, alternatives } = parseValue(value);
    const code = value.meta?.country;
    const country = code ? (nameByCode.get(code) ?? null) : null;
    const surfaces = [name, ...alternatives];
    if (surfaces.some((surface) => reserved.hasForCountry(surface, country))) {
      report.skippedCurated.push(name);
      continue;
    }
    const id = slugify(name);
    if (name === '' || ids.has(id)) continue;
    ids.add(id);
    report.entries.push({
      id,
      name,
      type: 'organization',
      category: categoryOf(name),
      aliases: cleanAliases(name, [...alternatives, ...(value.meta?.synonyms ?? [])]).filter(
        (a) => !reserved.isName(a),
      ),
      country,
      parent: country ? slugify(country) : null,
    });
  }
  report.entries.sort((a, b) => a.id.localeCompare(b.id));
  return report;
}
