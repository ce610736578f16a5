import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import { EntityPicker } from './entity-picker';
import {
  isOpeningRows,
  isStringList,
  type FieldSpec,
  type FieldValue,
  type FormProblems,
  type OpeningRow,
} from './form-model';
import { WEEKDAY_VALUES, useLooseT, useOptionLabel, useOptionValues } from './options';

export interface FieldControlProps {
  readonly spec: FieldSpec;
  readonly value: FieldValue | undefined;
  readonly onChange: (value: FieldValue) => void;
  /** Problems by path; this control shows its own and those nested under it. */
  readonly problems: FormProblems;
  /** Server messages by path. */
  readonly serverMessages: Readonly<Record<string, readonly string[]>>;
  /** Labels of options that are not a fixed set (e.g. networks loaded from the API). */
  readonly extraLabels?: Readonly<Record<string, string>>;
  /** Words of a hint under the label, e.g. why a field is empty. */
  readonly hint?: string;
}

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = {
  email: 'email',
  phone: 'tel',
  url: 'url',
  date: 'date',
  integer: 'number',
};

/** The messages at `path`: the client's checks worded, then what the server said. */
function useMessages(
  path: string,
  problems: FormProblems,
  serverMessages: Readonly<Record<string, readonly string[]>>,
): string[] {
  const t = useLooseT('editing');
  return [
    ...(problems[path] ?? []).map((problem) => t(`problems.${problem.key}`, problem.params)),
    ...(serverMessages[path] ?? []).map((message) => t('problems.server', { message })),
  ];
}

function Messages({ id, messages }: { readonly id: string; readonly messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <p id={id} className="field-error">
      <span className="error-mark" aria-hidden="true" />
      {messages.join(' ')}
    </p>
  );
}

/** One labelled input for a field spec, with its problems announced and linked to it. */
export function FieldControl(props: FieldControlProps) {
  const { spec, value, onChange, problems, serverMessages, extraLabels, hint } = props;
  const t = useLooseT('editing');
  const optionLabel = useOptionLabel();
  const optionValues = useOptionValues();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const messages = useMessages(spec.name, problems, serverMessages);
  const invalid = messages.length > 0;
  const label = t(`fields.${spec.name}`);
  const { formatDate } = useFormat();
  // A date input is formatted by the browser's own language; the hint says the day in the UI's.
  const echo =
    spec.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? formatDate(value)
      : '';
  const echoId = `${id}-echo`;
  const describedBy = [hint ? hintId : '', echo ? echoId : '', invalid ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const labelOf = (option: string) =>
    extraLabels?.[option] ?? (spec.optionSet ? optionLabel(spec.optionSet, option) : option);
  const options =
    spec.options ??
    (spec.optionSet && spec.optionSet !== 'network' ? optionValues(spec.optionSet) : []);
  const required = spec.required ? (
    <span className="required">
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{t('common.required')}</span>
    </span>
  ) : null;

  if (spec.kind === 'multiselect') {
    const selected = isStringList(value) ? value : [];
    return (
      <fieldset className="field field-group" aria-describedby={describedBy || undefined}>
        <legend>
          {label}
          {required}
        </legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        <div className="checkbox-grid">
          {options.map((option) => (
            <label key={option} className="checkbox">
              <input
                type="checkbox"
                checked={selected.includes(option)}
                disabled={spec.readOnly}
                onChange={(event) => {
                  onChange(
                    event.target.checked
                      ? [...selected, option]
                      : selected.filter((item) => item !== option),
                  );
                }}
              />{' '}
              {labelOf(option)}
            </label>
          ))}
        </div>
        <Messages id={errorId} messages={messages} />
      </fieldset>
    );
  }

  if (spec.kind === 'openingHours') {
    return (
      <OpeningHoursControl
        {...props}
        rows={isOpeningRows(value) ? value : []}
        label={label}
        messages={messages}
      />
    );
  }

  if (spec.kind === 'entity') {
    return (
      <EntityPicker
        label={label}
        required={spec.required}
        kinds={spec.searchKinds ?? []}
        value={typeof value === 'string' ? value : ''}
        knownLabel={typeof value === 'string' ? extraLabels?.[value] : undefined}
        onChange={onChange}
        messages={messages}
      />
    );
  }

  if (spec.kind === 'checkbox') {
    return (
      <div className="field">
        <label className="checkbox">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            disabled={spec.readOnly}
            aria-describedby={describedBy || undefined}
            onChange={(event) => {
              onChange(event.target.checked);
            }}
          />{' '}
          {label}
        </label>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        <Messages id={errorId} messages={messages} />
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    name: spec.name,
    value: text,
    required: spec.required,
    readOnly: spec.readOnly,
    'aria-invalid': invalid,
    'aria-describedby': describedBy || undefined,
  };
  let control;
  if (spec.kind === 'select') {
    control = (
      <select
        {...common}
        disabled={spec.readOnly}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{spec.required ? t('common.choose') : t('common.none')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'textarea') {
    control = (
      <textarea
        {...common}
        rows={4}
        maxLength={spec.length?.[1]}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type={INPUT_TYPES[spec.kind] ?? 'text'}
        inputMode={spec.kind === 'postalCode' ? 'numeric' : undefined}
        min={spec.range?.[0]}
        max={spec.range?.[1]}
        autoComplete="off"
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {control}
      {echo && (
        <p id={echoId} className="hint">
          {echo}
        </p>
      )}
      <Messages id={errorId} messages={messages} />
    </div>
  );
}

function OpeningHoursControl({
  spec,
  rows,
  onChange,
  problems,
  serverMessages,
  label,
  messages,
}: FieldControlProps & {
  readonly rows: readonly OpeningRow[];
  readonly label: string;
  readonly messages: readonly string[];
}) {
  const { t } = useTranslation('editing');
  const loose = useLooseT('editing');
  const id = useId();
  const update = (index: number, change: Partial<OpeningRow>) => {
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  };
  return (
    <fieldset className="field field-group">
      <legend>{label}</legend>
      {rows.length === 0 && <p className="hint">{t('openingHours.none')}</p>}
      <ol className="opening-rows">
        {rows.map((row, index) => {
          const rowId = `${id}-${index}`;
          const opensMessages = [
            ...(problems[`${spec.name}.${index}.opens`] ?? []).map((p) =>
              loose(`problems.${p.key}`, p.params),
            ),
            ...(serverMessages[`${spec.name}.${index}.opens`] ?? []),
          ];
          const closesMessages = [
            ...(problems[`${spec.name}.${index}.closes`] ?? []).map((p) =>
              loose(`problems.${p.key}`, p.params),
            ),
            ...(serverMessages[`${spec.name}.${index}.closes`] ?? []),
          ];
          return (
            <li key={index} className="opening-row">
              <label htmlFor={`${rowId}-day`}>{t('openingHours.day')}</label>
              <select
                id={`${rowId}-day`}
                value={row.day}
                onChange={(event) => {
                  update(index, { day: event.target.value });
                }}
              >
                {WEEKDAY_VALUES.map((day) => (
                  <option key={day} value={day}>
                    {loose(`enums.weekday.${day}`)}
                  </option>
                ))}
              </select>
              <label htmlFor={`${rowId}-opens`}>{t('openingHours.opens')}</label>
              <input
                id={`${rowId}-opens`}
                type="time"
                value={row.opens}
                aria-invalid={opensMessages.length > 0}
                aria-describedby={opensMessages.length ? `${rowId}-opens-error` : undefined}
                onChange={(event) => {
                  update(index, { opens: event.target.value });
                }}
              />
              <label htmlFor={`${rowId}-closes`}>{t('openingHours.closes')}</label>
              <input
                id={`${rowId}-closes`}
                type="time"
                value={row.closes}
                aria-invalid={closesMessages.length > 0}
                aria-describedby={closesMessages.length ? `${rowId}-closes-error` : undefined}
                onChange={(event) => {
                  update(index, { closes: event.target.value });
                }}
              />
              <button
                type="button"
                aria-label={t('openingHours.remove', { day: loose(`enums.weekday.${row.day}`) })}
                onClick={() => {
                  onChange(rows.filter((_, at) => at !== index));
                }}
              >
                {t('common.remove')}
              </button>
              <Messages id={`${rowId}-opens-error`} messages={opensMessages} />
              <Messages id={`${rowId}-closes-error`} messages={closesMessages} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          onChange([...rows, { day: 'MON', opens: '09:00', closes: '16:00' }]);
        }}
      >
        {t('openingHours.add')}
      </button>
      <Messages id={`${id}-error`} messages={messages} />
    </fieldset>
  );
}
