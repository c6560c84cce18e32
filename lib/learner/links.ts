/** Learner page addresses (no server code: client components use them too). */
export const lessonHref = (course: string, lesson: string) =>
  `/courses/${course}/lessons/${lesson}`;

/** One section of a lesson; `hash` scrolls to a heading inside it. */
export const sectionHref = (course: string, lesson: string, section: string, hash?: string) =>
  `${lessonHref(course, lesson)}?section=${encodeURIComponent(section)}${hash ? `#${hash}` : ""}`;
