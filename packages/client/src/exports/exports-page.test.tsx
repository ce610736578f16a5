import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createFixedI18n } from '../i18n/i18n';
import type { ListedExport } from './download';
import { ExportList } from './exports-page';

/** What `GET /export` lists for a member (descriptions shortened). */
const MEMBER_LIST: readonly ListedExport[] = [
  {
    name: 'training-plan',
    description: { de: 'Fortbildungsplan: Quartal, Datum, Thema', en: 'Training plan' },
    formats: ['csv', 'ics'],
  },
  {
    name: 'network-members',
    description: { de: 'Mitgliederliste eines Netzwerks', en: 'A network’s member list' },
    formats: ['csv', 'xlsx'],
  },
  {
    name: 'network-graph',
    description: { de: 'Netzwerkgraph für Gephi und yEd', en: 'Network graph' },
    formats: ['graphml', 'gexf'],
  },
  {
    name: 'contacts',
    description: { de: 'Kontakte (vCard)', en: 'Contacts (vCard)' },
    formats: ['vcf'],
  },
];

function render(exports: readonly ListedExport[], language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <ExportList exports={exports} />
    </I18nextProvider>,
  );
}

/** Each listed export as its heading and its buttons' texts. */
function entries(html: string): [string, string[]][] {
  return [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => [
    /<h2>(.*?)<\/h2>/.exec(item[1] ?? '')?.[1] ?? '',
    [...(item[1] ?? '').matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((b) => b[1] ?? ''),
  ]);
}

describe('the list of downloads', () => {
  it('names each file the role may take in German, with a button per format', () => {
    expect(entries(render(MEMBER_LIST))).toEqual([
      ['Fortbildungsplan', ['CSV (Excel)', 'Kalender (iCal)']],
      ['Mitgliederliste eines Netzwerks', []],
      ['Netzwerkgraph', ['GraphML (yEd)', 'GEXF (Gephi)']],
      ['Kontakte', ['Adressbuch (vCard)']],
    ]);
  });

  it('names a file this client does not know by its description, never by its code', () => {
    const unknown: ListedExport = {
      name: 'new-export',
      description: {
        de: 'Neue Liste (Excel): alles Neue',
        en: 'New list (Excel): all that is new',
      },
      formats: ['xlsx'],
    };
    expect(entries(render([unknown]))).toEqual([['Neue Liste (Excel)', ['Excel (XLSX)']]]);
    expect(entries(render([unknown], 'en'))).toEqual([['New list (Excel)', ['Excel (XLSX)']]]);
  });

  it('names the import template in German', () => {
    const template: ListedExport = {
      name: 'import-template',
      description: { de: 'Vorlage für den Import (Excel): Einrichtungen', en: 'Import template' },
      formats: ['xlsx'],
    };
    expect(entries(render([template]))[0]?.[0]).toBe('Importvorlage');
  });

  it('shows what each file holds in the reader’s language, and sends a network’s list to its page', () => {
    const german = render(MEMBER_LIST);
    expect(german).toContain('Netzwerkgraph für Gephi und yEd');
    expect(german).toContain('auf der Seite des Netzwerks');
    expect(render(MEMBER_LIST, 'en')).toContain('<h2>Network graph</h2>');
  });

  it('says so when the role may take no file', () => {
    expect(render([])).toContain('Für Ihre Rolle gibt es keine Dateien.');
  });
});
