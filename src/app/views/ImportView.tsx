// #/import: bring your own reports and dataset files (the page lives in ./import/).
export { default } from './import/ImportPage.tsx';
