/**
 * The import template (decision 031): an Excel workbook with one sheet per kind of entry, its
 * columns under the German headers the import recognises, and a sheet „Hinweise“ naming for each
 * column whether it is required and which values it takes. It holds no data.
 */
import { INSTITUTION_KINDS, TARGET_GROUPS, TOPICS } from '@schutznetz/domain';
import type { ExportDefinition } from '../../exports/types';
import { toXlsx, type XlsxSheet } from '../../exports/xlsx';
import { IMPORT_FIELDS, IMPORT_KINDS, sheetNameOf, type ImportField } from './data-import.fields';

/** What a column takes, in words, where the values are coded. */
function valuesOf(field: ImportField, municipalities: readonly string[]): string {
  switch (field.name) {
    case 'kind':
      return INSTITUTION_KINDS.map((kind) => kind.label.de).join('; ');
    case 'municipality':
      return `${municipalities.join('; ')} (oder der Gemeindeschlüssel/AGS)`;
    case 'topics':
      return TOPICS.filter((topic) => !topic.isGroup)
        .map((topic) => topic.label.de)
        .join('; ');
    case 'targetGroups':
      return TARGET_GROUPS.map((group) => group.label.de).join('; ');
    case 'languages':
      return 'Deutsch, Englisch, Russisch, Ukrainisch, Arabisch, Polnisch, Türkisch, Persisch, Kurdisch, Rumänisch, Vietnamesisch, Französisch, Deutsche Gebärdensprache';
    case 'role':
      return 'Mitglied; Koordination; Gast';
    case 'listingBasis':
      return 'Einwilligung; Öffentliche Funktion; Funktionskontakt (ohne Namen)';
    case 'street':
    case 'postalCode':
      return 'Bei Frauenhäusern und Schutzwohnungen leer lassen: ihre Adresse wird nie gespeichert.';
    case 'institution':
      return 'Externe ID oder Name einer Einrichtung (auch aus dem Blatt „Einrichtungen“)';
    case 'network':
      return 'Name des Netzwerks';
    case 'since':
      return 'Datum, z. B. 01.02.2024';
    default:
      return '';
  }
}

interface Hint {
  readonly sheet: string;
  readonly header: string;
  readonly required: boolean;
  readonly values: string;
}

export const IMPORT_TEMPLATE_EXPORT: ExportDefinition = {
  name: 'import-template',
  formats: ['xlsx'],
  minRole: 'coordinator',
  describe: {
    de: 'Vorlage für den Import (Excel): Einrichtungen, Angebote, Personen, Mitgliedschaften',
    en: 'Import template (Excel): institutions, services, people, memberships',
  },
  async produce({ context }) {
    const region = await context.services.region.catalog();
    const municipalities = region.municipalities.map((m) => m.name.de);
    const sheets: XlsxSheet<Hint>[] = IMPORT_KINDS.map((kind) => ({
      name: sheetNameOf(kind),
      columns: IMPORT_FIELDS[kind].map((field) => ({
        header: field.headers[0] ?? field.name,
        value: () => null,
      })),
      rows: [],
    }));
    const hints: Hint[] = IMPORT_KINDS.flatMap((kind) =>
      IMPORT_FIELDS[kind].map((field) => ({
        sheet: sheetNameOf(kind),
        header: field.headers[0] ?? field.name,
        required: field.required,
        values: valuesOf(field, municipalities),
      })),
    );
    const hintSheet: XlsxSheet<Hint> = {
      name: 'Hinweise',
      title: 'Hinweise zum Import',
      caption:
        'Ein Blatt je Art von Eintrag; die erste Zeile nennt die Spalten. Leere Zellen lassen Gespeichertes unverändert. Gleiche Datei erneut importieren ändert nichts.',
      columns: [
        { header: 'Blatt', value: (hint) => hint.sheet },
        { header: 'Spalte', value: (hint) => hint.header },
        { header: 'Pflicht', value: (hint) => hint.required },
        { header: 'Werte', value: (hint) => hint.values },
      ],
      rows: hints,
    };
    return {
      filename: 'schutznetz-importvorlage.xlsx',
      body: await toXlsx([...sheets, hintSheet]),
    };
  },
};
