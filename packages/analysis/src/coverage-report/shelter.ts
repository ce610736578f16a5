/**
 * Shelter places in scope against the Istanbul Convention's benchmark (one family place per
 * 10,000 inhabitants by default), and the gap when places are missing.
 */
import { topicByCode, type RegionCode } from '@schutznetz/domain';
import type { AnalysisGraph, AnalysisService } from '../graph';
import type { GraphIndex } from '../graph-index';
import { GAP_WEIGHTS, localizedNumber } from './gaps';
import type { CoverageGap, ShelterCapacity } from './types';

const SHELTER_KINDS: ReadonlySet<string> = new Set(['womens_shelter', 'protected_flat']);

/**
 * The shelter places of the scope's own municipalities: services with places of a women's
 * shelter or protected flat located there. One outside that takes women from here (a hand-over
 * when the county's are full) does not make up for missing places.
 */
export function localShelterServices(
  graph: AnalysisGraph,
  index: GraphIndex,
): { readonly service: AnalysisService; readonly municipality: RegionCode }[] {
  const local = new Set(graph.municipalities.map((m) => m.code));
  return graph.services.flatMap((service) => {
    const institution = index.institutions.get(service.institutionId);
    return service.capacityTotal !== null &&
      institution !== undefined &&
      SHELTER_KINDS.has(institution.kind) &&
      local.has(institution.municipality)
      ? [{ service, municipality: institution.municipality }]
      : [];
  });
}

export function shelterCapacity(
  graph: AnalysisGraph,
  index: GraphIndex,
  placesPer10k: number,
): ShelterCapacity {
  const shelters = localShelterServices(graph, index).map(({ service }) => service);
  const population = graph.municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0);
  const requiredPlaces = (population / 10_000) * placesPer10k;
  const places = shelters.reduce((sum, s) => sum + (s.capacityTotal ?? 0), 0);
  const reported = shelters.filter((s) => s.capacityFree !== null);
  return {
    population,
    placesPer10k,
    requiredPlaces,
    places,
    freePlaces:
      reported.length === 0 ? null : reported.reduce((sum, s) => sum + (s.capacityFree ?? 0), 0),
    shortfall: Math.max(0, requiredPlaces - places),
    ratio: requiredPlaces === 0 ? null : places / requiredPlaces,
    serviceIds: shelters.map((s) => s.id).sort(),
    municipalitiesWithoutShelter: graph.municipalities
      .filter((m) => !shelters.some((s) => graph.region.covers(s.area, m.code)))
      .map((m) => m.code),
  };
}

export function shelterGap(
  capacity: ShelterCapacity,
  nameOf: (code: RegionCode) => string,
): CoverageGap[] {
  if (capacity.shortfall <= 0) return [];
  const peopleAffected = Math.round((capacity.shortfall * 10_000) / capacity.placesPer10k);
  const criticality = topicByCode('domestic_violence').criticality;
  const names = capacity.municipalitiesWithoutShelter.map(nameOf).join(', ');
  const without =
    names === ''
      ? { de: '', en: '' }
      : {
          de: ` Ohne Frauenhaus im Einzugsgebiet: ${names}.`,
          en: ` Not in any shelter's area: ${names}.`,
        };
  const places = localizedNumber(capacity.places);
  const required = localizedNumber(capacity.requiredPlaces);
  const shortfall = localizedNumber(capacity.shortfall);
  return [
    {
      id: 'shelter_capacity:domestic_violence:scope',
      kind: 'shelter_capacity',
      topic: 'domestic_violence',
      municipality: null,
      language: null,
      peopleAffected,
      criticality,
      severity: peopleAffected * criticality * GAP_WEIGHTS.shelter_capacity,
      reason: {
        de: `${places.de} Familienplätze in Frauenhäusern, nötig wären ${required.de} (Istanbul-Konvention: ${capacity.placesPer10k} je 10.000 Einwohner); es fehlen ${shortfall.de}.${without.de}`,
        en: `${places.en} family places in shelters, ${required.en} needed (Istanbul Convention: ${capacity.placesPer10k} per 10,000 inhabitants); ${shortfall.en} missing.${without.en}`,
      },
      serviceIds: capacity.serviceIds,
    },
  ];
}
