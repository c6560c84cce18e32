/**
 * This page's CSP nonce, for libraries that add their own <style> (CodeMirror). Browsers hide the
 * nonce attribute after load but keep the `nonce` property of the scripts Next.js rendered with it.
 */
export function pageNonce(): string {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "";
}
