// Public surface of the INPUT stage.
export { readDocuments, DEFAULT_MAX_BYTES } from './read-documents.js';
export type { DocumentResult, ReadOptions } from './read-documents.js';
export { buildDocument } from './document.js';
export { SUPPORTED_EXTENSIONS } from './formats.js';
