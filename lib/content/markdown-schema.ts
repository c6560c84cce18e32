/** The sanitizer schema of every Markdown render, shared by the page renderer and the section index. */
import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Keep `language-python` on code so shiki knows the language; drop the user-content- id prefix (rehype-slug adds ids after).
  attributes: { ...defaultSchema.attributes, code: [["className", /^language-./]] },
};
