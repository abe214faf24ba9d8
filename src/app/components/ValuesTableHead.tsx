// The header of a table listing one agency's or one report's values: indicator and value first
// (the value right-aligned like every number), then the columns that table adds.
import type { MessageKey } from '../../format/messages.ts';
import { useApp } from '../AppContext.ts';

export interface ValuesColumn {
  label: MessageKey;
  /** A numeric column, right-aligned. */
  num?: boolean;
}

export function ValuesTableHead({ columns }: { columns: readonly ValuesColumn[] }) {
  const { tr } = useApp();
  return (
    <thead>
      <tr>
        <th scope="col">{tr('ui.indicator')}</th>
        <th scope="col" className="num">
          {tr('indicator.value')}
        </th>
        {columns.map((c) => (
          <th key={c.label} scope="col" className={c.num ? 'num' : undefined}>
            {tr(c.label)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
