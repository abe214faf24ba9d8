// Where the focused agency (focus=) stands on this indicator: among all agencies of the year and
// among those the filter keeps ("第 812 / 2,886 · 前 28%"), its value, or why it has no position.
import { type FocusPosition, focusPosition } from '../../domain/focusPosition.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { agencyName } from '../../format/names.ts';
import { positionText } from '../../format/positionText.ts';
import { formatUnit } from '../../format/units.ts';
import { NOT_REPORTED } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { ValueButton } from './ValueButton.tsx';

export function FocusPositionPanel({ all, filtered }: { all: Ranking; filtered: Ranking | null }) {
  const { state, lang, tr, index } = useApp();
  const agency = state.focus ? index.agencyById.get(state.focus) : undefined;
  if (!agency) {
    return <p className="small muted">{tr('find.hintNone')}</p>;
  }
  const say = (p: FocusPosition) => {
    switch (p.status) {
      case 'ranked':
        return (
          <>
            <strong>{positionText(p.rank, p.total, lang)}</strong>
            {p.unit !== null ? ` (${tr('find.otherUnit', { unit: formatUnit(p.unit, lang) })})` : ''}
          </>
        );
      case 'not_reported':
        return NOT_REPORTED[lang];
      case 'no_report':
        return tr('find.noReport');
      case 'out_of_scope':
        return tr('find.notInFilter');
    }
  };
  const whole = focusPosition(all, agency.id);
  const inFilter = filtered ? focusPosition(filtered, agency.id) : null;
  return (
    <div className="focus-panel" aria-live="polite">
      <p>
        <span className="focus-marker">{tr('find.yours')}</span> <strong>{agencyName(agency, lang)}</strong>{' '}
        {whole.status === 'ranked' ? <ValueButton observation={whole.row.observation} /> : null}
      </p>
      <p data-testid="focus-position-all">
        {tr('find.amongAll')}: {say(whole)}
      </p>
      {inFilter ? (
        <p data-testid="focus-position-filtered">
          {tr('find.amongFiltered')}: {say(inFilter)}
        </p>
      ) : null}
    </div>
  );
}
