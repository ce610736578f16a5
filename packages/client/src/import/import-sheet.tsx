import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorReason } from '../errors/error-reason';
import { fieldName, type Translate } from './import-rows';
import {
  SAVE_IMPORT_MAPPING,
  type ColumnMapping,
  type ImportFieldInfo,
  type SheetPreview,
} from './import.graphql';

export const IMPORT_KINDS = ['institution', 'service', 'person', 'membership'] as const;

/** What the coordinator chose for one sheet: its kind (null: not imported) and its mapping. */
export interface SheetChoice {
  readonly sheet: string;
  readonly kind: string | null;
  readonly mapping: readonly ColumnMapping[];
}

/**
 * One sheet of the file: which kind of entry it holds and which column fills which field (the
 * proposal editable), with the mapping saved under a name for the next file with these headers.
 */
export function ImportSheet({
  preview,
  fields,
  choice,
  onChange,
}: {
  readonly preview: SheetPreview;
  readonly fields: readonly ImportFieldInfo[];
  readonly choice: SheetChoice;
  readonly onChange: (choice: SheetChoice) => void;
}) {
  const { t } = useTranslation('import');
  const loose = t as unknown as Translate;
  const id = useId();
  const [name, setName] = useState(preview.savedMapping?.name ?? preview.sheet);
  const [saved, setSaved] = useState(preview.savedMapping);
  const [save, saving] = useMutation(SAVE_IMPORT_MAPPING);
  const ofKind = fields.filter((field) => field.kind === choice.kind);
  return (
    <fieldset className="import-sheet">
      <legend>{t('sheet.heading', { sheet: preview.sheet, count: preview.rowCount })}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('sheet.kind')}</label>
        <select
          id={`${id}-kind`}
          value={choice.kind ?? ''}
          onChange={(event) => {
            const kind = event.target.value || null;
            onChange({
              ...choice,
              kind,
              mapping: choice.mapping.map((c) => ({ ...c, field: null })),
            });
          }}
        >
          <option value="">{t('sheet.skip')}</option>
          {IMPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {choice.kind && (
        <>
          {saved && <p className="hint">{t('sheet.savedAs', { name: saved.name })}</p>}
          <table className="import-mapping">
            <thead>
              <tr>
                <th scope="col">{t('sheet.column')}</th>
                <th scope="col">{t('sheet.field')}</th>
              </tr>
            </thead>
            <tbody>
              {choice.mapping.map((column, index) => (
                <tr key={column.header}>
                  <th scope="row">
                    <label htmlFor={`${id}-col-${String(index)}`}>{column.header}</label>
                  </th>
                  <td>
                    <select
                      id={`${id}-col-${String(index)}`}
                      value={column.field ?? ''}
                      onChange={(event) => {
                        const field = event.target.value || null;
                        onChange({
                          ...choice,
                          mapping: choice.mapping.map((c, i) =>
                            i === index ? { ...c, field } : c,
                          ),
                        });
                      }}
                    >
                      <option value="">{t('sheet.none')}</option>
                      {ofKind.map((field) => (
                        <option key={field.name} value={field.name}>
                          {fieldName(loose, field.name)}
                          {field.required ? ` (${t('sheet.required')})` : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="field import-save-mapping">
            <label htmlFor={`${id}-name`}>{t('sheet.mappingName')}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
            <button
              type="button"
              disabled={saving.loading || name.trim().length < 2}
              onClick={() => {
                const kind = choice.kind ?? '';
                void save({
                  variables: {
                    input: {
                      ...(saved ? { id: saved.id, version: saved.version } : {}),
                      name: name.trim(),
                      kind,
                      mapping: choice.mapping,
                    },
                  },
                }).then(({ data }) => {
                  if (data) setSaved({ ...data.saveImportMapping });
                });
              }}
            >
              {t('sheet.save')}
            </button>
            {saving.data && (
              <span role="status">
                {t('sheet.saved', { name: saving.data.saveImportMapping.name })}
              </span>
            )}
            {saving.error && <ErrorReason error={saving.error} />}
          </div>
        </>
      )}
    </fieldset>
  );
}
