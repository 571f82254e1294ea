/**
 * The link that could not be opened, kept for the notice: the address bar is rewritten to the
 * design that opened instead, and the reader may still want to send the broken link back.
 */
let brokenLink: string | null = null;

export function rememberBrokenLink(link: string): void {
  brokenLink = link;
}

export function lastBrokenLink(): string | null {
  return brokenLink;
}
