import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StoredExamplePanel } from "@/components/example-panel/stored";
import { FlashcardDeck } from "@/components/flashcards/deck";
import { DeckShortcuts } from "@/components/flashcards/shortcuts";
import { Markdown } from "@/components/markdown";
import { requirePageUser } from "@/lib/auth/session";
import { getFlashcardDeck } from "@/lib/study/flashcards";
import { setStarAction } from "./actions";
import { pluralize } from "@/lib/format/plural";
import { ShortTitle } from "@/components/short-title";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Flashcards" };

export default async function FlashcardsPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const lessonHref = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const user = await requirePageUser(`${lessonHref}/flashcards`);
  const deck = await getFlashcardDeck(user, courseSlug, lessonSlug);
  if (!deck) notFound();
  const cards = deck.cards.map((c) => ({
    id: c.id,
    starred: c.starred,
    // Read aloud as words: Markdown's code ticks and emphasis marks are not spoken.
    frontText: c.front.replace(/[`*_#>]/g, "").trim(),
    front: <Markdown source={c.front} className="text-lg [&_p]:my-1" />,
    back: <Markdown source={c.back} className="[&_p]:my-1" />,
    example:
      c.examples.length > 0 ? (
        <div className="mt-4 space-y-3">
          {c.examples.map((e) => (
            <StoredExamplePanel key={e.id} exampleId={e.id} />
          ))}
        </div>
      ) : undefined,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: deck.courseTitle },
          { href: lessonHref, label: deck.title },
          { label: "Flashcards" },
        ]}
      />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Flashcards: <ShortTitle title={deck.title} wrap />
        </h1>
        <p className="text-slate-700">
          {pluralize(cards.length, "card")}. Sort each into &ldquo;Know it&rdquo; or &ldquo;Still
          learning&rdquo; (on a touch screen, swipe right or left); stars are saved to your account,
          and the order and sorting are kept on this device.
        </p>
      </header>
      <FlashcardDeck
        cards={cards}
        setStar={setStarAction}
        storageKey={`recall-lab:deck:${user.id}:${courseSlug}/${lessonSlug}`}
      />
      <DeckShortcuts />
    </div>
  );
}
