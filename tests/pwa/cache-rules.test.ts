/** Issue 15: which pages the service worker keeps, and which requests empty its saved pages. */
import { describe, expect, it } from "vitest";
import { isAuthChange, isSavedPage } from "../../lib/pwa/cache-rules";

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
});
