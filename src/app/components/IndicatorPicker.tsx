// Indicator chooser grouped by category; choosing one changes the address.

import { categoryName } from '../../domain/categories.ts';
import type { Indicator } from '../../domain/types.ts';
import { indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';

export function IndicatorPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { lang, tr, index } = useApp();
  const groups = new Map<string, Indicator[]>();
  for (const i of index.dataset.indicators) {
    const list = groups.get(i.category);
    if (list) list.push(i);
    else groups.set(i.category, [i]);
  }
  return (
    <label className="field">
      {tr('ui.pickIndicator')}
      <select
        id="indicator"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ maxWidth: '26rem' }}
      >
        {[...groups].map(([category, list]) => (
          <optgroup key={category} label={categoryName(category, lang)}>
            {list.map((i) => (
              <option key={i.id} value={i.id}>
                {indicatorName(i, lang)}
                {i.core ? ' ★' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
