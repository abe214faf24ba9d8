// Indicator chooser grouped by category; choosing one changes the address.

import { categoryName } from '../../domain/categories.ts';
import type { Indicator } from '../../domain/types.ts';
import { indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { SelectField } from './SelectField.tsx';

export function IndicatorPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { lang, tr, index } = useApp();
  const groups = new Map<string, Indicator[]>();
  for (const i of index.dataset.indicators) {
    const list = groups.get(i.category);
    if (list) list.push(i);
    else groups.set(i.category, [i]);
  }
  return (
    <SelectField
      id="indicator"
      label={tr('ui.pickIndicator')}
      value={value}
      onChange={onChange}
      options={[...groups].map(([category, list]) => ({
        group: categoryName(category, lang),
        options: list.map((i) => ({ value: i.id, label: `${indicatorName(i, lang)}${i.core ? ' ★' : ''}` })),
      }))}
    />
  );
}
