// A problem with one input file. It never escapes readDocuments: it becomes a per-file
// `{ ok: false }` result so the remaining files are still processed.
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}
