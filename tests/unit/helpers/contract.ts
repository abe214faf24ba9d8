// The command's `--format csv` header as the tests expect it, spelled out by hand (not read from the
// code it checks): the report's agency and year, the contract's fields, the extractor's other
// columns in schema order, then the rule.
export const OBSERVATION_CSV_HEADER = [
  'report',
  'agency',
  'year',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'derived',
  'text',
  'start',
  'end',
  'evidence',
  'evidence_start',
  'section',
  'scope',
  'yoy_pct',
  'yoy_points',
  'confidence',
  'alternatives',
  'rule',
] as const;
