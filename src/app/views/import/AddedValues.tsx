// Values a person added from the report text (candidates assigned, selections), each with its
// sentence and a way to take it back.
import type { ImportedReport } from '../../../data/importLayer.ts';
import type { ReviewAction } from '../../../data/reviewState.ts';
import { indicatorName } from '../../../format/names.ts';
import { formatValue } from '../../../format/value.ts';
import { useApp } from '../../AppContext.ts';
import { Evidence } from '../../components/Evidence.tsx';

export function AddedValues({
  imported,
  dispatch,
}: {
  imported: ImportedReport;
  dispatch: (action: ReviewAction) => void;
}) {
  const { lang, tr, href, index } = useApp();
  const added = imported.added ?? [];
  if (added.length === 0) return null;
  return (
    <>
      <h4>{tr('import.addedTitle')}</h4>
      <ul className="candidate-list added-list">
        {added.map((o) => {
          const ind = index.indicatorById.get(o.indicator);
          const name = ind ? indicatorName(ind, lang) : o.indicator;
          return (
            <li key={o.id} className="candidate" data-added={o.id}>
              <p className="candidate-head">
                <a href={href('indicator', o.indicator)}>{name}</a>{' '}
                <strong className="review-value">{formatValue(o, lang)}</strong>{' '}
                <span className="badge badge-manual">{tr('origin.manual')}</span>
              </p>
              <Evidence observation={o} />
              <button
                type="button"
                className="small"
                aria-label={`${tr('import.removeAdded')}: ${name} ${formatValue(o, lang)}`}
                onClick={() =>
                  dispatch({ type: 'removeAdded', reportId: imported.report.id, observationId: o.id })
                }
              >
                {tr('import.removeAdded')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
