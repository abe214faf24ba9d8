// The full text of an imported report with every extracted value marked where it stands, each
// mark linking to its indicator. Text only: the report is split into strings and React renders
// them as text nodes, so markup in a report can never become HTML.
import { type KeyboardEvent, type Ref, useMemo } from 'react';
import type { ReviewStatus } from '../../../data/importLayer.ts';
import { highlightPieces } from '../../../data/textHighlights.ts';
import type { Observation } from '../../../domain/types.ts';
import { indicatorName } from '../../../format/names.ts';
import { formatValue } from '../../../format/value.ts';
import { useApp } from '../../AppContext.ts';

/** DOM id of a value's mark, for "show in the text". */
export function markId(observationId: string): string {
  return `mark-${observationId}`;
}

export function ReportFullText({
  text,
  observations,
  statusOf,
  selectable,
}: {
  text: string;
  observations: readonly Observation[];
  /** Review status per value (imported reports); all "accepted" when absent. */
  statusOf?: (observationId: string) => ReviewStatus;
  /**
   * The review's full text: focusable, labelled, and handed the keys so a keyboard can select in it
   * (see textSelection.ts). Its text content is the report text exactly, so offsets carry over.
   */
  selectable?: {
    ref: Ref<HTMLDivElement>;
    label: string;
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  };
}) {
  const { lang, tr, href, index } = useApp();
  // Derived values span the two numbers they come from; the numbers themselves are marked.
  const stated = useMemo(() => observations.filter((o) => !o.derived), [observations]);
  const byId = useMemo(() => new Map(stated.map((o) => [o.id, o])), [stated]);
  const pieces = useMemo(() => highlightPieces(text, stated), [text, stated]);
  return (
    <div
      className="full-text"
      data-testid="full-text"
      lang="zh-CN"
      {...(selectable
        ? {
            ref: selectable.ref,
            tabIndex: 0,
            role: 'region',
            'aria-label': selectable.label,
            onKeyDown: selectable.onKeyDown,
          }
        : {})}
    >
      {pieces.map((piece) => {
        const o = piece.ids.length > 0 ? byId.get(piece.ids[0]!) : undefined;
        if (!o) return piece.text;
        const indicator = index.indicatorById.get(o.indicator);
        const name = indicator ? indicatorName(indicator, lang) : o.indicator;
        const status = statusOf?.(o.id) ?? 'accepted';
        // A value is marked once, at its own first piece; other pieces of overlapping spans stay plain.
        const first = piece.start === o.start;
        return (
          <mark
            key={piece.start}
            id={first ? markId(o.id) : undefined}
            className={`hl hl-${status}`}
            tabIndex={first ? -1 : undefined}
            title={`${name}：${formatValue(o, lang)} · ${tr(`import.status.${status}`)}`}
          >
            <a href={href('indicator', o.indicator)}>{piece.text}</a>
          </mark>
        );
      })}
    </div>
  );
}
