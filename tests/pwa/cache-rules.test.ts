/** Issue 15: which pages the service worker keeps, and which requests empty its saved pages. */
import { describe, expect, it } from "vitest";
import {
  isAuthChange,
  isSavedPage,
  isSavedPageMedia,
  mediaOverCap,
} from "../../lib/pwa/cache-rules";

describe("the service worker's rules", () => {
  it("saves home, course, lesson, flashcards, progress and review pages", () => {
    for (const path of [
      "/",
      "/progress",
      "/review",
      "/courses/socket-programming",
      "/courses/socket-programming/progress",
      "/courses/socket-programming/lessons/client-server-model",
      "/courses/socket-programming/lessons/client-server-model/flashcards",
    ])
      expect(isSavedPage(path), path).toBe(true);
  });

  it("never saves what needs the server: quizzes, chat, Learn, Test, auth, API, teaching, Browse", () => {
    for (const path of [
      "/courses/socket-programming/quiz",
      "/courses/socket-programming/lessons/client-server-model/quiz",
      "/courses/socket-programming/lessons/client-server-model/quiz/abc",
      "/courses/socket-programming/lessons/client-server-model/chat",
      "/courses/socket-programming/lessons/client-server-model/learn",
      "/courses/socket-programming/lessons/client-server-model/test",
      "/courses/socket-programming/lessons/client-server-model/match",
      "/signin",
      "/signup",
      "/api/review",
      "/api/auth/session",
      "/teach",
      "/teach/lessons/1",
      "/review/cards",
      "/review/custom",
      "/settings",
      "/serwist/sw.js",
    ])
      expect(isSavedPage(path), path).toBe(false);
  });

  it("takes sign-in and sign-out POSTs as a change of owner, nothing else", () => {
    expect(isAuthChange("/api/auth/callback/credentials", "POST")).toBe(true);
    expect(isAuthChange("/api/auth/signout", "POST")).toBe(true);
    expect(isAuthChange("/api/auth/session", "GET")).toBe(false);
    expect(isAuthChange("/api/auth/csrf", "GET")).toBe(false);
    expect(isAuthChange("/api/review", "POST")).toBe(false);
  });

  it("keeps a saved page's /api/media images, and nothing else of /api", () => {
    const origin = "https://recall.example";
    const lesson = `${origin}/courses/c/lessons/l`;
    const image = `${origin}/api/media/${"a".repeat(64)}.png`;
    const asked = (url: string, referrer: string, destination = "image", method = "GET") =>
      isSavedPageMedia(new URL(url), { method, destination, referrer });
    expect(asked(image, lesson)).toBe(true);
    expect(asked(image, `${origin}/courses/c/lessons/l/flashcards`)).toBe(true);
    // A page that is not saved (a quiz), another site's page, no page, a script, a POST.
    expect(asked(image, `${origin}/courses/c/lessons/l/quiz`)).toBe(false);
    expect(asked(image, "https://elsewhere.example/courses/c/lessons/l")).toBe(false);
    expect(asked(image, "")).toBe(false);
    expect(asked(image, lesson, "script")).toBe(false);
    expect(asked(image, lesson, "image", "POST")).toBe(false);
    // Other /api, or a media name that is not a content hash.
    expect(asked(`${origin}/api/review`, lesson)).toBe(false);
    expect(asked(`${origin}/api/media/x.png`, lesson)).toBe(false);
    expect(asked(`${origin}/api/review/offline`, lesson)).toBe(false);
  });

  it("drops the oldest images past the size cap", () => {
    const e = (url: string, bytes: number) => ({ url, bytes });
    expect(mediaOverCap([e("a", 10), e("b", 10)], 20)).toEqual([]);
    expect(mediaOverCap([e("a", 10), e("b", 10), e("c", 5)], 20)).toEqual(["a"]);
    expect(mediaOverCap([e("a", 10), e("b", 10), e("c", 15)], 20)).toEqual(["a", "b"]);
  });
});
