// Import: for now, how to analyse reports with the command line; in-browser import comes later.
import { useApp } from '../AppContext.ts';

export default function ImportView() {
  const { tr } = useApp();
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{tr('import.title')}</h2>
      <p>{tr('ui.importIntro')}</p>
      <pre className="evidence">
        <code>{tr('ui.importCli')}</code>
      </pre>
      <p>{tr('ui.importData')}</p>
      <p className="muted">{tr('ui.importComing')}</p>
    </section>
  );
}
