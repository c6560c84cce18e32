/** What an upload holds once parsed, before it is matched against the database (defined by the readers). */
export {
  uploadFormats,
  type Incoming,
  type IncomingCard,
  type IncomingQuestion,
  type ParsedUpload,
  type ParseResult,
  type UploadFormat,
} from "./sources/types";
