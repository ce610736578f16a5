import type { RegionCatalog } from '@schutznetz/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import type { AdminRegionQuery, LoadedRegionEntryFragment } from '../gql/graphql';

type LoadedRegion = AdminRegionQuery['region'];
type Entry = LoadedRegionEntryFragment;

/** The loaded region as the admin sees it: the county, the municipalities' table, the places outside. */
export function RegionOverview({
  region,
  catalog,
}: {
  readonly region: LoadedRegion;
  /** The same region's lookups, naming neighbours and court districts. */
  readonly catalog: RegionCatalog;
}) {
  const { t } = useTranslation('admin');
  const locale = useLocale();
  const { county } = region;
  const names = (codes: readonly string[]) =>
    codes.length === 0
      ? t('municipalities.none')
      : codes.map((code) => catalog.label(code, locale)).join(', ');
  const inhabitants = (entry: Entry) =>
    entry.population === null
      ? '–'
      : entry.approximate
        ? t('municipalities.approximate', { value: entry.population })
        : entry.population.toLocaleString(locale);
  return (
    <>
      <p className="region-meta">
        {region.updatedAt && region.updatedBy
          ? t('meta', { version: region.version, at: region.updatedAt, by: region.updatedBy })
          : t('metaUnknown', { version: region.version })}
      </p>
      {county && (
        <section aria-labelledby="region-county">
          <h2 id="region-county">{t('county.title')}</h2>
          <dl className="region-county">
            <dt>{t('county.name')}</dt>
            <dd>{county.name[locale]}</dd>
            <dt>{t('county.ags')}</dt>
            <dd>{county.ags}</dd>
            <dt>{t('county.population')}</dt>
            <dd>
              {inhabitants(county)}
              {county.populationYear !== null && ` (${county.populationYear})`}
            </dd>
            <dt>{t('county.seat')}</dt>
            <dd>{county.seat ? catalog.label(county.seat, locale) : '–'}</dd>
          </dl>
        </section>
      )}
      <section aria-labelledby="region-municipalities">
        <h2 id="region-municipalities">
          {t('municipalities.title', { total: region.municipalities.length })}
        </h2>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="region-municipalities"
        >
          <table className="region-municipalities">
            <caption>{t('municipalities.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipalities.name')}</th>
                <th scope="col">{t('municipalities.ags')}</th>
                <th scope="col">{t('municipalities.population')}</th>
                <th scope="col">{t('municipalities.year')}</th>
                <th scope="col">{t('municipalities.town')}</th>
                <th scope="col">{t('municipalities.neighbours')}</th>
                <th scope="col">{t('municipalities.court')}</th>
              </tr>
            </thead>
            <tbody>
              {region.municipalities.map((municipality) => (
                <tr key={municipality.id} data-code={municipality.id}>
                  <th scope="row">{municipality.name[locale]}</th>
                  <td>{municipality.ags}</td>
                  <td className="number">{inhabitants(municipality)}</td>
                  <td>{municipality.populationYear ?? t('municipalities.unknownYear')}</td>
                  <td>{t(municipality.isTown ? 'municipalities.yes' : 'municipalities.no')}</td>
                  <td>{names(municipality.neighbours.map((neighbour) => neighbour.id))}</td>
                  <td>
                    {municipality.courtDistrict
                      ? catalog.label(municipality.courtDistrict, locale)
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="region-externals">
        <h2 id="region-externals">{t('externals.title', { total: region.externals.length })}</h2>
        <table className="region-externals">
          <caption>{t('externals.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('externals.name')}</th>
              <th scope="col">{t('externals.level')}</th>
              <th scope="col">{t('externals.ags')}</th>
              <th scope="col">{t('externals.hosts')}</th>
            </tr>
          </thead>
          <tbody>
            {region.externals.map((external) => (
              <tr key={external.id}>
                <th scope="row">{external.name[locale]}</th>
                <td>
                  {external.level
                    ? t(`externals.levels.${external.level as 'city' | 'state' | 'federal'}`)
                    : '–'}
                </td>
                <td>{external.ags ?? '–'}</td>
                <td>{external.hosts?.[locale] ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
