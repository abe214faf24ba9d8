// Downloads of what the dashboard shows now (bundled + imported + reviewed): one CSV per table
// with the columns of data/, or one JSON. Made on click, in the page; nothing is uploaded.
import {
  exportCsvFiles,
  exportJsonFile,
  exportPrefix,
  exportProvenanceCsv,
} from '../../../data/exportDataset.ts';
import { TABLE_NAMES } from '../../../data/tableRows.ts';
import { TABLE_FILES } from '../../../domain/schema.ts';
import { useApp } from '../../AppContext.ts';
import { downloadFile } from '../../import/download.ts';
import { useSourceContext } from '../../lib/sourceContext.ts';

export function ExportPanel() {
  const { index, tr } = useApp();
  const sources = useSourceContext();
  const prefix = () => exportPrefix(new Date().toISOString());
  return (
    <>
      <p className="small">{tr('import.exportHelp')}</p>
      <div className="toolbar export-buttons">
        {TABLE_NAMES.map((table) => (
          <button
            key={table}
            type="button"
            onClick={() => downloadFile(exportCsvFiles(index.dataset, prefix())[table])}
          >
            ⤓ {tr('import.exportCsv', { file: TABLE_FILES[table] })}
          </button>
        ))}
        <button
          type="button"
          onClick={() => downloadFile(exportJsonFile(index.dataset, `${prefix()}dataset.json`))}
        >
          ⤓ {tr('import.exportJson')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile(exportProvenanceCsv(index.dataset, sources, `${prefix()}provenance.csv`))
          }
        >
          ⤓ {tr('import.exportProvenance')}
        </button>
      </div>
    </>
  );
}
