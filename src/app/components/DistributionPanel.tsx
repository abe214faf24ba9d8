// The distribution of one indicator by agency type (strip plot, with its table). It sits below the
// fold, so on a switch it is redrawn once the ranking has settled (drawing a thousand dots again
// would hold up the ranking the reader is looking at), and only this panel re-renders then.
import { useMemo } from 'react';
import { rankingAriaLabel } from '../../charts/ariaSummary.ts';
import { distributionOption } from '../../charts/distributionOption.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { useApp } from '../AppContext.ts';
import { useSettledValue } from '../hooks/useSettledValue.ts';
import { Chart } from './Chart.tsx';
import { TypeStatsTable } from './TypeStatsTable.tsx';

// Longer than one switch takes, short enough to be done before anyone scrolls down to it.
const SETTLE_MS = 250;

export function DistributionPanel({ ranking }: { ranking: Ranking }) {
  const { state, lang, tr } = useApp();
  const { theme } = state;
  const shown = useSettledValue(ranking, SETTLE_MS);
  // The label and the table describe what is drawn, so they follow the settled ranking too.
  const option = useMemo(() => distributionOption(shown, lang, { theme }), [shown, lang, theme]);
  const label = useMemo(() => rankingAriaLabel(shown, lang), [shown, lang]);
  return (
    <section className="panel" aria-labelledby="distribution-title">
      <h2 id="distribution-title">{tr('ui.byType')}</h2>
      <Chart
        option={option}
        label={`${tr('ui.byType')}: ${label}`}
        height={220}
        chartText={tr('ui.chart')}
        tableText={tr('ui.table')}
        table={<TypeStatsTable ranking={shown} />}
      />
    </section>
  );
}
