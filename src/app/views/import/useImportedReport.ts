// A report imported in this browser, by id (also before it has entered the views).
import type { ImportedReport } from '../../../data/importLayer.ts';
import { usePersistedLayer } from '../../persist/usePersistedLayer.ts';

export function useImportedReport(reportId: string | null): ImportedReport | undefined {
  const { layer } = usePersistedLayer();
  return reportId === null ? undefined : layer.reports.find((r) => r.report.id === reportId);
}
