// What the map shows and what it cannot (lines from the map's chart view): the region or country
// and type drawn, how each area's value is aggregated, the agencies or regions left off it.
export function MapNotes({ lines }: { lines: readonly string[] }) {
  const [first, ...rest] = lines;
  return (
    <>
      {first ? (
        <p className="small map-showing">
          <strong>{first}</strong>
        </p>
      ) : null}
      {rest.map((line) => (
        <p key={line} className="small muted map-note">
          {line}
        </p>
      ))}
    </>
  );
}
