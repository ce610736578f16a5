import { useTranslation } from 'react-i18next';
import {
  COLOUR_BYS,
  LAYOUT_GROUPINGS,
  type ColourBy,
  type LayoutGrouping,
} from './explorer-appearance';

/** The toolbar's choice of layout grouping and of what the colour shows. */
export function AppearanceControls({
  grouping,
  colour,
  hasBetweenness,
  onChange,
}: {
  readonly grouping: LayoutGrouping;
  readonly colour: ColourBy;
  readonly hasBetweenness: boolean;
  readonly onChange: (patch: { grouping?: LayoutGrouping; colour?: ColourBy }) => void;
}) {
  const { t } = useTranslation('explorer');
  return (
    <>
      <label>
        {t('layout.label')}{' '}
        <select
          value={grouping}
          onChange={(event) => {
            const value = LAYOUT_GROUPINGS.find((option) => option === event.target.value);
            if (value) onChange({ grouping: value });
          }}
        >
          {LAYOUT_GROUPINGS.map((value) => (
            <option key={value} value={value}>
              {t(`layout.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('colour.label')}{' '}
        <select
          value={colour}
          onChange={(event) => {
            const value = COLOUR_BYS.find((option) => option === event.target.value);
            if (value) onChange({ colour: value });
          }}
        >
          {COLOUR_BYS.map((value) => (
            <option key={value} value={value} disabled={value === 'betweenness' && !hasBetweenness}>
              {t(`colour.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
