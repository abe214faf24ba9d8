// Downloads of what the dashboard shows now (bundled + imported + reviewed): one CSV per table
// with the columns of data/, or one JSON. Made on click, in the page; nothing is uploaded.
import { exportCsvFiles, exportJsonFile, exportPrefix } from '../../../data/exportDataset.ts';
import { TABLE_NAMES } from '../../../data/tableRows.ts';
import { TABLE_FILES } from '../../../domain/schema.ts';
import { useApp } from '../../AppContext.ts';
import { downloadFile } from '../../import/download.ts';
import { useImportText } from './importText.ts';

export function ExportPanel() {
  const { index } = useApp();
  const ti = useImportText();
  const prefix = () => exportPrefix(new Date().toISOString());
  return (
    <>
      <p className="small">{ti('imp.exportHelp')}</p>
      <div className="toolbar export-buttons">
        {TABLE_NAMES.map((table) => (
          <button
            key={table}
            type="button"
            onClick={() => downloadFile(exportCsvFiles(index.dataset, prefix())[table])}
          >
            ⤓ {ti('imp.exportCsv', { file: TABLE_FILES[table] })}
          </button>
        ))}
        <button
          type="button"
          onClick={() => downloadFile(exportJsonFile(index.dataset, `${prefix()}dataset.json`))}
        >
          ⤓ {ti('imp.exportJson')}
        </button>
      </div>
    </>
  );
}
