// Every view of the dashboard as an address, on the bundled set and on the synthetic national set
// (`?dataset=synthetic`): the width sweep and the print test walk the same list.
import { AGENCY, firstReportId } from './contract.ts';

export interface ViewRoute {
  name: string;
  /** The hash without the dataset and lang parameters. */
  hash: string;
}

export type DatasetName = 'bundled' | 'synthetic';

const SYNTHETIC = { agency: 'syn-0002', other: 'syn-0001', report: 'syn-0001-2020' };

export function viewRoutes(dataset: DatasetName): ViewRoute[] {
  const agency = dataset === 'bundled' ? AGENCY.baoshan.id : SYNTHETIC.agency;
  const other = dataset === 'bundled' ? AGENCY.changning.id : SYNTHETIC.other;
  const report = dataset === 'bundled' ? firstReportId() : SYNTHETIC.report;
  const indicator = '#/indicator/reconsideration.accepted';
  return [
    { name: 'overview', hash: '#/' },
    { name: 'indicator bar', hash: indicator },
    { name: 'indicator table', hash: `${indicator}?chart=table` },
    { name: 'indicator map', hash: `${indicator}?chart=map` },
    { name: 'agency', hash: `#/agency/${agency}` },
    { name: 'agency brief', hash: `#/agency/${agency}/brief` },
    { name: 'compare bar', hash: `#/compare?agencies=${agency},${other}` },
    { name: 'compare radar', hash: `#/compare?agencies=${agency},${other}&chart=radar` },
    { name: 'compare table', hash: `#/compare?agencies=${agency},${other}&chart=table` },
    { name: 'coverage', hash: '#/coverage' },
    { name: 'reports', hash: '#/reports' },
    { name: 'one report', hash: `#/reports/${report}` },
    { name: 'import', hash: '#/import' },
  ];
}

/** `hash` with lang= and dataset= added (the defaults are left out, as the app writes them). */
export function withParams(hash: string, lang: 'zh' | 'en', dataset: DatasetName): string {
  const extra = [lang === 'en' ? 'lang=en' : '', dataset === 'synthetic' ? 'dataset=synthetic' : ''].filter(
    (p) => p !== '',
  );
  if (extra.length === 0) return hash;
  return `${hash}${hash.includes('?') ? '&' : '?'}${extra.join('&')}`;
}
