// The user's layer and the report lookup bundled for the pure builders that say where a value
// came from (chart CSV, citations, source line, verification), memoised per dataset and layer.
import { useMemo } from 'react';
import type { SourceContext } from '../../domain/verifyEvidence.ts';
import { useApp } from '../AppContext.ts';

const NONE: readonly never[] = [];

export function useSourceContext(): SourceContext {
  const { index, provenance } = useApp();
  return useMemo(
    () => ({ provenance, observationsOf: (id: string) => index.observationsByReport.get(id) ?? NONE }),
    [index, provenance],
  );
}
