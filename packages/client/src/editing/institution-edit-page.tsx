import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InstitutionForEditQuery } from '../gql/graphql';
import { DeleteEntry } from './delete-entry';
import { EditPage, EditSection } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { useEntryCreation, useEntryEditing } from './entry-editing';
import { INSTITUTION_FIELDS, INSTITUTION_RULES } from './entity-specs';
import { toFormValues } from './form-input';
import { emptyValues } from './form-model';
import {
  CREATE_INSTITUTION,
  DELETE_INSTITUTION,
  INSTITUTION_FOR_EDIT,
  UPDATE_INSTITUTION,
} from './institution.graphql';
import { isProtectedAddressKind, useOptionLabel } from './options';

type Stored = Omit<
  NonNullable<InstitutionForEditQuery['institution']>,
  'services' | 'referralsOut' | 'referralsIn' | 'people' | 'networks'
>;

function toSnapshot(institution: Stored): Snapshot {
  return {
    values: toFormValues(INSTITUTION_FIELDS, {
      ...institution,
      municipality: institution.municipality.id,
    }),
    version: institution.version,
  };
}

/** `/edit/institution/:id`: the institution's fields, links to what hangs off it, its delete. */
export function InstitutionEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const optionLabel = useOptionLabel();
  const editing = useEntryEditing({
    id,
    query: INSTITUTION_FOR_EDIT,
    entryOf: (data) => data.institution,
    update: UPDATE_INSTITUTION,
    updatedOf: (data) => data.updateInstitution,
    toSnapshot,
    specs: INSTITUTION_FIELDS,
  });
  const [deleteInstitution] = useMutation(DELETE_INSTITUTION);
  const { entry: institution, loading, formKey, reload } = editing;
  const services = institution?.services.length ?? 0;
  const referrals =
    (institution?.referralsOut.length ?? 0) + (institution?.referralsIn.length ?? 0);
  const employments = institution?.people.length ?? 0;
  const memberships = institution?.networks.length ?? 0;

  return (
    <EditPage
      title={
        institution
          ? t('institution.editTitle', { name: institution.name })
          : t('institution.title')
      }
      meta={institution ?? undefined}
      loading={loading && !institution}
      missing={!loading && !institution}
    >
      {institution && (
        <>
          <EntityForm
            key={formKey}
            specs={INSTITUTION_FIELDS}
            rules={INSTITUTION_RULES}
            initial={toSnapshot(institution)}
            hints={
              isProtectedAddressKind(institution.kind)
                ? {
                    street: t('institution.protectedAddress'),
                    postalCode: t('institution.protectedAddress'),
                  }
                : undefined
            }
            submitLabel={t('form.save')}
            onSave={editing.onSave}
            onReload={editing.onReload}
          />
          <EditSection title={t('institution.services')}>
            <ul>
              {institution.services.map((service) => (
                <li key={service.id}>
                  <Link to={`/edit/service/${encodeURIComponent(service.id)}`}>{service.name}</Link>
                </li>
              ))}
            </ul>
            <Link to={`/edit/service/new?institution=${encodeURIComponent(id)}`}>
              {t('institution.newService')}
            </Link>
          </EditSection>
          <EditSection title={t('institution.referrals')}>
            <ul>
              {institution.referralsOut.map((path) => (
                <li key={path.id}>
                  <Link to={`/edit/referral-path/${encodeURIComponent(path.id)}`}>
                    {t('institution.referralTo', { name: path.to.name })}
                  </Link>
                  {path.routeTemplate &&
                    ` (${optionLabel('routeTemplate', path.routeTemplate.id)})`}
                </li>
              ))}
              {institution.referralsIn.map((path) => (
                <li key={path.id}>
                  <Link to={`/edit/referral-path/${encodeURIComponent(path.id)}`}>
                    {t('institution.referralFrom', { name: path.from.name })}
                  </Link>
                  {path.routeTemplate &&
                    ` (${optionLabel('routeTemplate', path.routeTemplate.id)})`}
                </li>
              ))}
            </ul>
            <Link to={`/edit/referral-path/new?from=${encodeURIComponent(id)}`}>
              {t('institution.newReferral')}
            </Link>
          </EditSection>
          <EditSection title={t('institution.people')}>
            <ul>
              {institution.people.map((employment) => (
                <li key={employment.person.id}>
                  <Link to={`/edit/person/${encodeURIComponent(employment.person.id)}`}>
                    {employment.person.displayName}
                  </Link>{' '}
                  – {employment.role}
                </li>
              ))}
            </ul>
          </EditSection>
          <EditSection title={t('institution.networks')}>
            <ul>
              {institution.networks.map((membership) => (
                <li key={membership.network.id}>
                  <Link to={`/edit/network/${encodeURIComponent(membership.network.id)}`}>
                    {membership.network.name}
                  </Link>{' '}
                  – {optionLabel('membershipRole', membership.role)}
                </li>
              ))}
            </ul>
          </EditSection>
          <DeleteEntry
            kind="institution"
            id={id}
            name={institution.name}
            version={institution.version}
            consequences={[
              services > 0 && t('delete.institution.services', { count: services }),
              referrals > 0 && t('delete.institution.referrals', { count: referrals }),
              employments > 0 && t('delete.institution.employments', { count: employments }),
              memberships > 0 && t('delete.institution.memberships', { count: memberships }),
            ]}
            remains={t('delete.institution.remains')}
            onDelete={(version) => deleteInstitution({ variables: { id, version } })}
            onReload={reload}
          />
        </>
      )}
    </EditPage>
  );
}

/** `/edit/institution/new`. */
export function InstitutionCreatePage() {
  const { t } = useTranslation('editing');
  const create = useEntryCreation({
    create: CREATE_INSTITUTION,
    createdOf: (data) => data.createInstitution,
    specs: INSTITUTION_FIELDS,
    editPath: '/edit/institution/',
  });
  return (
    <EditPage title={t('institution.newTitle')}>
      <EntityForm
        specs={INSTITUTION_FIELDS}
        rules={INSTITUTION_RULES}
        initial={{ values: emptyValues(INSTITUTION_FIELDS), version: 0 }}
        submitLabel={t('form.create')}
        onSave={create}
      />
    </EditPage>
  );
}
