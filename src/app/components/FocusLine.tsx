// One line for a card or a summary: the focused agency's position on one indicator, or why it has
// none ("你的机构：第 812 / 2,886 · 前 28%"). Nothing when no agency is focused.
import { focusPosition } from '../../domain/focusPosition.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { agencyName } from '../../format/names.ts';
import { positionText } from '../../format/positionText.ts';
import { formatValue, NOT_REPORTED } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';

export function FocusLine({ ranking }: { ranking: Ranking }) {
  const { state, lang, tr, index } = useApp();
  const agency = state.focus ? index.agencyById.get(state.focus) : undefined;
  if (!agency) return null;
  const p = focusPosition(ranking, agency.id);
  const text =
    p.status === 'ranked'
      ? `${formatValue(p.row.observation, lang)} · ${positionText(p.rank, p.total, lang)}`
      : p.status === 'not_reported'
        ? NOT_REPORTED[lang]
        : p.status === 'no_report'
          ? tr('find.noReport')
          : tr('find.notInFilter');
  return (
    <p className="small focus-line">
      <span className="focus-marker" title={agencyName(agency, lang)}>
        {tr('find.yours')}
      </span>{' '}
      {text}
    </p>
  );
}
