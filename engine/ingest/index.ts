// Public surface of the ingest pipeline (pure TypeScript; also used by the extension's options page).
export { parseOfficialSummary, type ParseOptions } from './parse-summary';
export { IngestError } from './errors';
export { htmlToText, readHtml, looksLikeHtml, type HtmlDocument } from './html-to-text';
export { recordBaseId, uniqueRecordId } from './record-id';
export { canonicalRecord, serializeRecord } from './serialize';
export { recordsIndexSource, RECORDS_INDEX_HEADER } from './records-index';
