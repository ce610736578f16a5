import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { REFERRAL_ROUTES } from '@schutznetz/domain';
import { useId, useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import { CASE_REVIEWS, CREATE_CASE_REVIEW, REVIEW_OPTIONS } from './reviews.graphql';
import {
  personalDataMessages,
  serverPersonalDataMessages,
  type FieldMessages,
} from './personal-data-problems';

interface Draft {
  readonly title: string;
  readonly date: string;
  readonly routeTemplate: string;
  readonly lessons: string;
  /** One action item per line. */
  readonly actionItems: string;
  readonly networkId: string;
  readonly gapIds: readonly string[];
}

const today = () => new Date().toISOString().slice(0, 10);

const EMPTY: Draft = {
  title: '',
  date: '',
  routeTemplate: '',
  lessons: '',
  actionItems: '',
  networkId: '',
  gapIds: [],
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A labelled control with its message announced and linked to it. */
function Field({
  label,
  message,
  children,
}: {
  readonly label: string;
  readonly message: string | undefined;
  readonly children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="review-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': message !== undefined,
        'aria-describedby': message !== undefined ? errorId : undefined,
      })}
      {message !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * A new anonymised case review: lessons and action items linked to gaps and a route template,
 * never facts of a case. What looks like personal data is named at its field before sending, and
 * the server's refusal is shown there too (decision 027).
 */
export function ReviewForm({ onSaved }: { readonly onSaved: (title: string) => void }) {
  const { t } = useTranslation('reviews');
  const locale = useLocale();
  const options = useQuery(REVIEW_OPTIONS);
  const [create, { loading }] = useMutation(CREATE_CASE_REVIEW, {
    refetchQueries: [CASE_REVIEWS],
    awaitRefetchQueries: true,
  });
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, date: today() });
  const [messages, setMessages] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<unknown>(null);
  const set = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
  };

  const required = (): FieldMessages => {
    const missing: Record<string, string> = {};
    if (draft.title.trim().length < 3) missing['title'] = t('form.titleTooShort');
    if (draft.lessons.trim().length < 10) missing['lessons'] = t('form.lessonsTooShort');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) missing['date'] = t('form.dateMissing');
    return missing;
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      ...required(),
      ...personalDataMessages(
        { title: draft.title, lessons: draft.lessons, actionItems: lines(draft.actionItems) },
        locale,
      ),
    };
    setMessages(found);
    if (Object.keys(found).length) return;
    try {
      await create({
        variables: {
          input: {
            title: draft.title.trim(),
            date: draft.date,
            lessons: draft.lessons.trim(),
            actionItems: lines(draft.actionItems),
            gapIds: [...draft.gapIds],
            ...(draft.routeTemplate ? { routeTemplate: draft.routeTemplate } : {}),
            ...(draft.networkId ? { networkId: draft.networkId } : {}),
          },
        },
      });
      onSaved(draft.title.trim());
      setDraft({ ...EMPTY, date: today() });
    } catch (error) {
      const refused = CombinedGraphQLErrors.is(error)
        ? serverPersonalDataMessages(error.errors, locale)
        : {};
      if (Object.keys(refused).length) setMessages(refused);
      else setFailure(error);
    }
  };

  const gaps = options.data?.gaps.nodes ?? [];
  const networks = options.data?.networks.nodes ?? [];
  return (
    <form className="review-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('form.title')}</h2>
      <p className="hint">{t('form.anonymous')}</p>
      <Field label={t('fields.title')} message={messages['title']}>
        {(props) => (
          <input
            {...props}
            value={draft.title}
            onChange={(e) => {
              set({ title: e.target.value });
            }}
          />
        )}
      </Field>
      <Field label={t('fields.date')} message={messages['date']}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={draft.date}
            onChange={(e) => {
              set({ date: e.target.value });
            }}
          />
        )}
      </Field>
      <Field label={t('fields.routeTemplate')} message={messages['routeTemplate']}>
        {(props) => (
          <select
            {...props}
            value={draft.routeTemplate}
            onChange={(e) => {
              set({ routeTemplate: e.target.value });
            }}
          >
            <option value="">{t('form.noRouteTemplate')}</option>
            {REFERRAL_ROUTES.map((route) => (
              <option key={route.id} value={route.id}>
                {route.id} – {route.title[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.network')} message={messages['networkId']}>
        {(props) => (
          <select
            {...props}
            value={draft.networkId}
            onChange={(e) => {
              set({ networkId: e.target.value });
            }}
          >
            <option value="">{t('form.noNetwork')}</option>
            {networks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fields.lessons')} message={messages['lessons']}>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={draft.lessons}
            onChange={(e) => {
              set({ lessons: e.target.value });
            }}
          />
        )}
      </Field>
      <Field label={t('fields.actionItems')} message={messages['actionItems']}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.actionItems}
            onChange={(e) => {
              set({ actionItems: e.target.value });
            }}
          />
        )}
      </Field>
      <fieldset className="review-gaps">
        <legend>{t('fields.gaps')}</legend>
        {gaps.map((gap) => (
          <label key={gap.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.gapIds.includes(gap.id)}
              onChange={(e) => {
                set({
                  gapIds: e.target.checked
                    ? [...draft.gapIds, gap.id]
                    : draft.gapIds.filter((id) => id !== gap.id),
                });
              }}
            />
            {gap.title}
          </label>
        ))}
      </fieldset>
      {failure !== null && (
        <p role="alert">
          {t('form.failed')} <ErrorReason error={failure} />
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
