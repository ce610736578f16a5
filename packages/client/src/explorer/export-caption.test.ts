import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { createFixedI18n } from '../i18n/i18n';
import { defaultTitle, filterCaption, type CaptionNames } from './export-caption';
import { NO_FILTERS } from './explorer-filters';
import { institutionKindLabel, targetGroupLabel, topicLabel } from './explorer-labels';

const NETWORKS: Record<string, string> = {
  'net:ak_gewalt': 'Arbeitskreis gegen Gewalt',
  'net:kinderschutz': 'Lokales Netzwerk Kinderschutz',
};

function namesIn(locale: 'de' | 'en'): CaptionNames {
  return {
    network: (id) => NETWORKS[id] ?? id,
    municipality: (code) => DEMO_REGION_CATALOG.label(code, locale),
    topic: (code) => topicLabel(code, locale),
    targetGroup: (code) => targetGroupLabel(code, locale),
    kind: (code) => institutionKindLabel(code, locale),
  };
}

const de = createFixedI18n('de').getFixedT('de', 'explorerExport');
const en = createFixedI18n('en').getFixedT('en', 'explorerExport');

describe('the filter in words under an exported picture', () => {
  it('names network, municipality and topics in German, one part each, in that order', () => {
    const caption = filterCaption(
      {
        filters: {
          ...NO_FILTERS,
          topics: ['stalking', 'domestic_violence'],
          municipalities: ['koethen'],
          networks: ['net:ak_gewalt'],
        },
        focusName: null,
        depth: 1,
      },
      namesIn('de'),
      de,
    );
    expect(caption).toBe(
      'Netzwerk: Arbeitskreis gegen Gewalt; Gemeinde: Köthen (Anhalt); Themen: Stalking / Nachstellung, Häusliche Gewalt / Partnerschaftsgewalt',
    );
  });

  it('says the plural for two networks, the layers shown and the focus with its depth', () => {
    const caption = filterCaption(
      {
        filters: {
          ...NO_FILTERS,
          networks: ['net:ak_gewalt', 'net:kinderschutz'],
          layers: ['institution', 'network'],
        },
        focusName: 'Frauenhaus Mittelelbe',
        depth: 2,
      },
      namesIn('de'),
      de,
    );
    expect(caption).toBe(
      'Netzwerke: Arbeitskreis gegen Gewalt, Lokales Netzwerk Kinderschutz; Gezeigt: Einrichtungen, Netzwerke; Nachbarschaft von Frauenhaus Mittelelbe, Tiefe 2',
    );
  });

  it('says that nothing is filtered, in German and in English', () => {
    const state = { filters: NO_FILTERS, focusName: null, depth: 1 };
    expect(filterCaption(state, namesIn('de'), de)).toBe('Ganzes Netzwerk, ohne Filter');
    expect(filterCaption(state, namesIn('en'), en)).toBe('Whole network, no filters');
  });

  it('writes names with an ampersand or quotes as they are, unescaped', () => {
    const caption = filterCaption(
      { filters: { ...NO_FILTERS, networks: ['x'] }, focusName: 'Beratung „Weg & Ziel“', depth: 1 },
      { ...namesIn('de'), network: () => 'Frühe Hilfen & Kinderschutz' },
      de,
    );
    expect(caption).toBe(
      'Netzwerk: Frühe Hilfen & Kinderschutz; Nachbarschaft von Beratung „Weg & Ziel“, Tiefe 1',
    );
  });
});

describe('the title an exported picture starts with', () => {
  it('is the saved view’s name, else the chosen network and municipality, else the county', () => {
    const filters = { ...NO_FILTERS, networks: ['net:ak_gewalt'], municipalities: ['koethen'] };
    expect(defaultTitle('AK März 2027', filters, namesIn('de'), de)).toBe('AK März 2027');
    expect(defaultTitle(null, filters, namesIn('de'), de)).toBe(
      'Arbeitskreis gegen Gewalt – Köthen (Anhalt)',
    );
    expect(defaultTitle(null, NO_FILTERS, namesIn('de'), de)).toBe('Netzwerk des Landkreises');
  });
});
