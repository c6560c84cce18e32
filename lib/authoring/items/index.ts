import type { EntityType } from "../snapshot";
import { courseItem } from "./course";
import { exampleItem } from "./example";
import { flashcardItem } from "./flashcard";
import { lessonItem } from "./lesson";
import { questionItem } from "./question";
import type { ItemAdapter } from "./types";

// Each adapter is typed by its own snapshot; callers only pass snapshots back to the adapter that made them.
export const items: Record<EntityType, ItemAdapter<object>> = {
  course: courseItem,
  lesson: lessonItem,
  question: questionItem,
  flashcard: flashcardItem,
  example: exampleItem,
} as Record<EntityType, ItemAdapter<object>>;
