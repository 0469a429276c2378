// The official records shipped with the extension (generated under data/records by `npm run ingest`).
export { bundledRecords } from '../data/records';
