/** A problem with the input or the target folder, worded for the person running the import. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
