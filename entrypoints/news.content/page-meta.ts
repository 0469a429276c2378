// Reads what the page says about itself (publication date, headline) by the shared page
// reader's rules, the same the command-line checker uses.
export { normalizeDate, readPublished, readTitle } from '../../utils/page-reader/page-meta';
