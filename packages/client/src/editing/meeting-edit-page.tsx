import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeetingForEditQuery } from '../gql/graphql';
import { DeleteEntry } from './delete-entry';
import { EditPage, EditSection } from './edit-page';
import { EntityForm, type Snapshot } from './entity-form';
import { useEntryCreation, useEntryEditing } from './entry-editing';
import { MEETING_FIELDS } from './entity-specs';
import { toFormValues } from './form-input';
import { emptyValues } from './form-model';
import {
  CREATE_MEETING,
  DELETE_MEETING,
  MEETING_FOR_EDIT,
  UPDATE_MEETING,
} from './meeting.graphql';
import { NETWORKS_FOR_EDIT } from './network.graphql';

type Stored = Pick<
  NonNullable<MeetingForEditQuery['meeting']>,
  'version' | 'title' | 'kind' | 'date' | 'location' | 'summary' | 'networks'
>;

function toSnapshot(meeting: Stored): Snapshot {
  return {
    values: toFormValues(MEETING_FIELDS, {
      ...meeting,
      networkIds: meeting.networks.map((network) => network.id),
    }),
    version: meeting.version,
  };
}

/** The networks as options of the "organising networks" field. */
function useNetworkOptions() {
  const { data } = useQuery(NETWORKS_FOR_EDIT);
  const networks = data?.networks.nodes ?? [];
  const specs = MEETING_FIELDS.map((spec) =>
    spec.name === 'networkIds' ? { ...spec, options: networks.map((network) => network.id) } : spec,
  );
  const labels = Object.fromEntries(networks.map((network) => [network.id, network.name]));
  return { specs, labels, ready: data !== undefined };
}

/** `/edit/meeting/:id`. */
export function MeetingEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editing');
  const { specs, labels, ready } = useNetworkOptions();
  const editing = useEntryEditing({
    id,
    query: MEETING_FOR_EDIT,
    entryOf: (data) => data.meeting,
    update: UPDATE_MEETING,
    updatedOf: (data) => data.updateMeeting,
    toSnapshot,
    specs,
  });
  const [deleteMeeting] = useMutation(DELETE_MEETING);
  const { entry: meeting, loading, formKey, reload } = editing;
  return (
    <EditPage
      title={meeting ? t('meeting.editTitle', { title: meeting.title }) : t('meeting.title')}
      meta={meeting ?? undefined}
      loading={(loading && !meeting) || !ready}
      missing={!loading && !meeting}
    >
      {meeting && (
        <>
          <EntityForm
            key={formKey}
            specs={specs}
            initial={toSnapshot(meeting)}
            extraLabels={labels}
            submitLabel={t('form.save')}
            onSave={editing.onSave}
            onReload={editing.onReload}
          />
          <EditSection title={t('meeting.participants')}>
            <p className="hint">{t('meeting.participantsHint')}</p>
            <ul className="item-list">
              {meeting.institutions.map((institution) => (
                <li key={institution.id}>
                  <Link to={`/edit/institution/${encodeURIComponent(institution.id)}`}>
                    {institution.name}
                  </Link>
                </li>
              ))}
              {meeting.people.map((person) => (
                <li key={person.id}>
                  <Link to={`/edit/person/${encodeURIComponent(person.id)}`}>
                    {person.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          </EditSection>
          <DeleteEntry
            kind="meeting"
            id={id}
            name={meeting.title}
            version={meeting.version}
            remains={t('delete.meeting.remains')}
            onDelete={(version) => deleteMeeting({ variables: { id, version } })}
            onReload={reload}
          />
        </>
      )}
    </EditPage>
  );
}

/** `/edit/meeting/new`. */
export function MeetingCreatePage() {
  const { t } = useTranslation('editing');
  const { specs, labels, ready } = useNetworkOptions();
  const create = useEntryCreation({
    create: CREATE_MEETING,
    createdOf: (data) => data.createMeeting,
    specs,
    editPath: '/edit/meeting/',
  });
  return (
    <EditPage title={t('meeting.newTitle')} loading={!ready}>
      <EntityForm
        specs={specs}
        initial={{ values: { ...emptyValues(specs), kind: 'MEETING' }, version: 0 }}
        extraLabels={labels}
        submitLabel={t('form.create')}
        onSave={create}
      />
    </EditPage>
  );
}
