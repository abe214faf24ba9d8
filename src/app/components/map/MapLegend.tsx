// The map's legend beside the map (below it on a narrow screen): never drawn over a district.
import type { MapLegend as Legend } from '../../../charts/mapLegend.ts';

export function MapLegend({ legend }: { legend: Legend }) {
  return (
    <div className="map-legend">
      <p className="map-legend-heading small">
        <strong>{legend.heading}</strong>
      </p>
      <ul className="plain">
        {legend.entries.map((e) => (
          <li key={e.label}>
            <span
              className={`map-swatch map-swatch-${e.pattern.replace('_', '-')}`}
              style={{ backgroundColor: e.color }}
              aria-hidden="true"
            />
            {e.label}
          </li>
        ))}
      </ul>
      <p className="small muted">{legend.statement}</p>
    </div>
  );
}
