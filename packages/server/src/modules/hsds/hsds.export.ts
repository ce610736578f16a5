import { maySeePeople } from '../../auth';
import type { ExportDefinition } from '../../exports/types';

/**
 * `GET /export/hsds.json|zip`: the directory as Open Referral HSDS 3.1 (decision 032) — JSON, or
 * the tabular data package (datapackage.json and CSV tables) zipped — with the `x_schutznetz`
 * extension (docs/hsds-extension.md). Everyone gets what the public sees; members and up also
 * the professionals as contacts with their work phone and e-mail, their expertise and
 * memberships. A shelter's location has no address in any of them.
 */
export const HSDS_EXPORT: ExportDefinition = {
  name: 'hsds',
  formats: ['json', 'zip'],
  minRole: 'public',
  describe: {
    de: 'Verzeichnis im Austauschformat Open Referral HSDS 3.1 (JSON oder Tabellenpaket) mit Verweisungswegen, Netzwerken und – ab Mitgliedern – Fachkräften',
    en: 'The directory as Open Referral HSDS 3.1 (JSON or tabular data package) with referral paths, networks and — from members up — professionals',
  },
  async produce({ format, context }) {
    // Municipalities and areas by the names of the loaded region.
    const region = await context.services.region.catalog();
    const stem = maySeePeople(context.viewer)
      ? 'verzeichnis-hsds-mit-fachkraeften'
      : 'verzeichnis-hsds';
    if (format === 'zip') {
      return {
        filename: `${stem}-tabellen.zip`,
        body: await context.services.hsds.dataPackage(context.viewer, region),
      };
    }
    const document = await context.services.hsds.document(context.viewer, region);
    return { filename: `${stem}.json`, body: JSON.stringify(document) };
  },
};
