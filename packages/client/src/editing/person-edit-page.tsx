import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonForEditQuery, SetExpertiseInput } from '../gql/graphql';
import { useErrorText } from '../errors/use-error-text';
import { asInput } from './as-input';
import { DeleteEntry } from './delete-entry';
import { EditPage, EditSection } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { useEntryCreation, useEntryEditing } from './entry-editing';
import {
  EMPLOYMENT_FIELDS,
  EXPERTISE_FIELDS,
  EXPERTISE_RULES,
  PERSON_FIELDS,
  PERSON_RULES,
} from './entity-specs';
import { buildCreateInput, toFormValues } from './form-input';
import { emptyValues, textOf } from './form-model';
import { useOptionLabel } from './options';
import {
  ADD_EMPLOYMENT,
  CREATE_PERSON,
  DELETE_PERSON,
  PERSON_FOR_EDIT,
  REMOVE_EMPLOYMENT,
  REMOVE_EXPERTISE,
  SET_EXPERTISE,
  UPDATE_PERSON,
} from './person.graphql';

type Stored = Pick<
  NonNullable<PersonForEditQuery['person']>,
  | 'version'
  | 'givenName'
  | 'familyName'
  | 'functionTitle'
  | 'listingBasis'
  | 'email'
  | 'phone'
  | 'languages'
  | 'qualifications'
>;

function toSnapshot(person: Stored): Snapshot {
  return { values: toFormValues(PERSON_FIELDS, person), version: person.version };
}

const EMPTY_EXPERTISE: Snapshot = { values: emptyValues(EXPERTISE_FIELDS), version: 0 };
const EMPTY_EMPLOYMENT: Snapshot = { values: emptyValues(EMPLOYMENT_FIELDS), version: 0 };

/** `/edit/person/:id`: the person's fields, expertise and employments, and their delete. */
export function PersonEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const { errorText } = useErrorText();
  const optionLabel = useOptionLabel();
  const editing = useEntryEditing({
    id,
    query: PERSON_FOR_EDIT,
    entryOf: (data) => data.person,
    update: UPDATE_PERSON,
    updatedOf: (data) => data.updatePerson,
    toSnapshot,
    specs: PERSON_FIELDS,
  });
  const [setExpertise] = useMutation(SET_EXPERTISE);
  const [removeExpertise] = useMutation(REMOVE_EXPERTISE);
  const [addEmployment] = useMutation(ADD_EMPLOYMENT);
  const [removeEmployment] = useMutation(REMOVE_EMPLOYMENT);
  const [deletePerson] = useMutation(DELETE_PERSON);
  const { entry: person, loading, formKey, reload } = editing;
  const employments = person?.employments.length ?? 0;
  const expertise = person?.expertise.length ?? 0;
  const memberships = person?.networks.length ?? 0;
  const [listError, setListError] = useState<string | null>(null);
  const report = (error: unknown) => {
    setListError(errorText(error));
  };

  return (
    <EditPage
      title={person ? t('person.editTitle', { name: person.displayName }) : t('person.title')}
      meta={person ?? undefined}
      loading={loading && !person}
      missing={!loading && !person}
    >
      {person && (
        <>
          <EntityForm
            key={formKey}
            specs={PERSON_FIELDS}
            rules={PERSON_RULES}
            initial={toSnapshot(person)}
            submitLabel={t('form.save')}
            onSave={editing.onSave}
            onReload={editing.onReload}
          />
          {listError && (
            <p className="form-error" role="alert">
              {t('failure.failed', { message: listError })}
            </p>
          )}
          <EditSection title={t('person.expertise')}>
            <ul className="item-list">
              {person.expertise.map((item) => {
                const topic = optionLabel('topic', item.topic.id);
                return (
                  <li key={item.topic.id}>
                    {t('person.expertiseItem', {
                      topic,
                      level: optionLabel('expertiseLevel', item.level),
                    })}
                    {item.qualification && ` (${optionLabel('qualification', item.qualification)})`}{' '}
                    <button
                      type="button"
                      onClick={() => {
                        setListError(null);
                        removeExpertise({
                          variables: { personId: id, topic: item.topic.id },
                        }).catch(report);
                      }}
                    >
                      {t('person.removeExpertise', { topic })}
                    </button>
                  </li>
                );
              })}
            </ul>
            <h3>{t('person.setExpertise')}</h3>
            <p className="hint">{t('person.expertiseHint')}</p>
            <EntityForm
              specs={EXPERTISE_FIELDS}
              rules={EXPERTISE_RULES}
              initial={EMPTY_EXPERTISE}
              submitLabel={t('person.setExpertise')}
              savedMessage={t('form.added')}
              onSave={async (values) => {
                await setExpertise({
                  variables: {
                    input: asInput<SetExpertiseInput>(buildCreateInput(EXPERTISE_FIELDS, values), {
                      personId: id,
                    }),
                  },
                });
                return EMPTY_EXPERTISE;
              }}
            />
          </EditSection>
          <EditSection title={t('person.employments')}>
            <ul className="item-list">
              {person.employments.map((employment) => (
                <li key={employment.institution.id}>
                  <Link to={`/edit/institution/${encodeURIComponent(employment.institution.id)}`}>
                    {employment.institution.name}
                  </Link>{' '}
                  – {employment.role}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setListError(null);
                      removeEmployment({
                        variables: { personId: id, institutionId: employment.institution.id },
                      }).catch(report);
                    }}
                  >
                    {t('person.removeEmployment', { name: employment.institution.name })}
                  </button>
                </li>
              ))}
            </ul>
            <h3>{t('person.addEmployment')}</h3>
            <EntityForm
              specs={EMPLOYMENT_FIELDS}
              initial={EMPTY_EMPLOYMENT}
              submitLabel={t('person.addEmployment')}
              savedMessage={t('form.added')}
              onSave={async (values) => {
                const since = textOf(values, 'since');
                await addEmployment({
                  variables: {
                    personId: id,
                    institutionId: textOf(values, 'institutionId'),
                    role: textOf(values, 'role').trim(),
                    since: since === '' ? null : since,
                  },
                });
                return EMPTY_EMPLOYMENT;
              }}
            />
          </EditSection>
          <DeleteEntry
            kind="person"
            id={id}
            name={person.displayName}
            version={person.version}
            consequences={[
              employments > 0 && t('delete.person.employments', { count: employments }),
              expertise > 0 && t('delete.person.expertise', { count: expertise }),
              memberships > 0 && t('delete.person.memberships', { count: memberships }),
            ]}
            remains={t('delete.person.remains')}
            onDelete={(version) => deletePerson({ variables: { id, version } })}
            onReload={reload}
          />
        </>
      )}
    </EditPage>
  );
}

/** `/edit/person/new`. */
export function PersonCreatePage() {
  const { t } = useTranslation('editing');
  const create = useEntryCreation({
    create: CREATE_PERSON,
    createdOf: (data) => data.createPerson,
    specs: PERSON_FIELDS,
    editPath: '/edit/person/',
  });
  return (
    <EditPage title={t('person.newTitle')}>
      <EntityForm
        specs={PERSON_FIELDS}
        rules={PERSON_RULES}
        initial={{ values: emptyValues(PERSON_FIELDS), version: 0 }}
        submitLabel={t('form.create')}
        onSave={create}
      />
    </EditPage>
  );
}
