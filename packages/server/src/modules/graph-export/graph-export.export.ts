import { hasRole } from '../../auth';
import type { ExportDefinition } from '../../exports/types';
import { graphDocument } from './graph-export.model';
import { toGexf, toGraphMl } from './graph-files';

/** Today in the county (YYYY-MM-DD). */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/**
 * `GET /export/network-graph.graphml|gexf`: the whole network for Gephi and yEd — institutions,
 * networks and topics, for members and up also the people; referral paths, employments,
 * memberships, expertise and topics offered as directed edges — with the explorer's metrics
 * (degree; for members and up betweenness, articulation points, single points of failure and
 * bridges, as the explorer shows them). No addresses and no contacts.
 */
export const NETWORK_GRAPH_EXPORT: ExportDefinition = {
  name: 'network-graph',
  formats: ['graphml', 'gexf'],
  minRole: 'public',
  describe: {
    de: 'Netzwerkgraph für Gephi und yEd (GraphML, GEXF): Einrichtungen, Netzwerke, Themen und – ab Mitgliedern – Fachkräfte, Hilfewege und Mitgliedschaften, mit Grad und – ab Mitgliedern – Vermittlungszentralität und Schwachstellen',
    en: 'Network graph for Gephi and yEd (GraphML, GEXF): institutions, networks, topics and — from members up — professionals, referral paths and memberships, with degree and — from members up — betweenness and weak points',
  },
  async produce({ format, context }) {
    const [view, region] = await Promise.all([
      context.services.networkGraph.findAllElements(context.viewer),
      context.services.region.catalog(),
    ]);
    const date = today();
    const doc = graphDocument(view, {
      // The weak-point marks answer null below members in the API (visibility.ts, HIDDEN_AS_NULL).
      marksVisible: hasRole(context.viewer, 'member'),
      municipalityName: (code) => region.label(code, 'de'),
      regionName: region.county?.name.de ?? '',
      date,
    });
    const stem = `schutznetz-netzwerk-${date}`;
    return format === 'gexf'
      ? { filename: `${stem}.gexf`, body: toGexf(doc) }
      : { filename: `${stem}.graphml`, body: toGraphMl(doc) };
  },
};
