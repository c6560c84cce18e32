/** A package we cannot read, with a message naming what is wrong and how to fix it. Nothing is written. */
export class PackageError extends Error {}
