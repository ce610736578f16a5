/**
 * The Schutznetz taxonomies in HSDS form: topics, target groups and kinds of institution, with
 * German names (the directory's language) and the English label as description. Services are
 * classified by topic and target group, organizations by kind, through HSDS attributes.
 */
import { INSTITUTION_KINDS, TARGET_GROUPS, TOPICS, type LocalizedLabel } from '@schutznetz/domain';
import { hsdsId } from './hsds.ids';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds.types';

/** The taxonomies by the name HSDS terms carry in `taxonomy`. */
export const SCHUTZNETZ_TAXONOMIES = {
  topic: {
    name: 'schutznetz-themen',
    description: 'Schutznetz: Themen der Angebote und der Expertise (Gewaltschutz, Kinderschutz …)',
    linkType: 'topic',
  },
  targetGroup: {
    name: 'schutznetz-zielgruppen',
    description: 'Schutznetz: Zielgruppen der Angebote',
    linkType: 'target_group',
  },
  institutionKind: {
    name: 'schutznetz-einrichtungsarten',
    description: 'Schutznetz: Arten von Einrichtungen (Frauenhaus, Jugendamt, Polizei …)',
    linkType: 'institution_kind',
  },
} as const;

export type TaxonomyKey = keyof typeof SCHUTZNETZ_TAXONOMIES;

/** The taxonomy version: the Schutznetz code lists change with the code, not with the data. */
const VERSION = '1';

interface TermSource {
  readonly code: string;
  readonly label: LocalizedLabel;
  readonly parent?: string | null;
}

const SOURCES: Readonly<Record<TaxonomyKey, readonly TermSource[]>> = {
  topic: TOPICS,
  targetGroup: TARGET_GROUPS,
  institutionKind: INSTITUTION_KINDS,
};

/** The id of the term for `code` in taxonomy `key`. */
export function termId(key: TaxonomyKey, code: string): string {
  return hsdsId('taxonomy-term', SCHUTZNETZ_TAXONOMIES[key].name, code);
}

function taxonomyId(key: TaxonomyKey): string {
  return hsdsId('taxonomy', SCHUTZNETZ_TAXONOMIES[key].name);
}

function termOf(key: TaxonomyKey, source: TermSource): HsdsTaxonomyTerm {
  const taxonomy = SCHUTZNETZ_TAXONOMIES[key];
  return {
    id: termId(key, source.code),
    code: source.code,
    name: source.label.de,
    description: source.label.en,
    ...(source.parent ? { parent_id: termId(key, source.parent) } : {}),
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomyId(key),
    language: 'de',
  };
}

const KEYS = Object.keys(SCHUTZNETZ_TAXONOMIES) as TaxonomyKey[];

/** Every taxonomy with all its terms (the same in every export). */
export function schutznetzTaxonomies(): { taxonomies: HsdsTaxonomy[]; terms: HsdsTaxonomyTerm[] } {
  return {
    taxonomies: KEYS.map((key) => ({
      id: taxonomyId(key),
      name: SCHUTZNETZ_TAXONOMIES[key].name,
      description: SCHUTZNETZ_TAXONOMIES[key].description,
      version: VERSION,
    })),
    terms: KEYS.flatMap((key) => SOURCES[key].map((source) => termOf(key, source))),
  };
}

const TERMS_BY_KEY = new Map(
  KEYS.map((key) => [key, new Map(SOURCES[key].map((s) => [s.code, termOf(key, s)]))] as const),
);

/** The attribute that classifies the object `linkId` (in table `entity`) by `code` of `key`. */
export function attributeOf(
  key: TaxonomyKey,
  code: string,
  linkId: string,
  entity: 'organization' | 'service',
): HsdsAttribute | null {
  const term = TERMS_BY_KEY.get(key)?.get(code);
  if (term === undefined) return null;
  return {
    id: hsdsId('attribute', linkId, term.id),
    link_id: linkId,
    link_type: SCHUTZNETZ_TAXONOMIES[key].linkType,
    link_entity: entity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    label: term.name,
  };
}

/** What the import reads of an attribute (any HSDS source: fields may be null). */
export interface AttributeFields {
  readonly taxonomy_term_id?: string | null;
  readonly taxonomy_term?: { readonly code?: string; readonly taxonomy?: string | null } | null;
}

/**
 * The codes of `key` an object's attributes name: by a known term id, else by the nested term's
 * taxonomy name and code (attributes from another instance with the same taxonomies).
 */
export function codesOf(key: TaxonomyKey, attributes: readonly AttributeFields[]): string[] {
  const terms = TERMS_BY_KEY.get(key) ?? new Map<string, HsdsTaxonomyTerm>();
  const byId = new Map([...terms.values()].map((term) => [term.id, term.code]));
  const name = SCHUTZNETZ_TAXONOMIES[key].name;
  const codes = attributes.flatMap((attribute) => {
    const known = attribute.taxonomy_term_id ? byId.get(attribute.taxonomy_term_id) : undefined;
    if (known !== undefined) return [known];
    const term = attribute.taxonomy_term;
    return term?.taxonomy === name && term.code && terms.has(term.code) ? [term.code] : [];
  });
  return [...new Set(codes)].sort();
}
