/**
 * The one flash notice: what a successful change says on the page it redirects to (post/redirect/
 * get). Shared by the server that writes and reads it, the proxy that forgets it after one page,
 * and the banner that forgets it in the browser. Decision record 0013.
 */
export const FLASH_COOKIE = "flash";

export type FlashNotice = {
  /** The confirmation, as the user reads it: "Changes saved." */
  message: string;
  /** "success" (the default) after something the user did; "important" when nothing changed. */
  variant?: "success" | "important";
  /** The banner's title; "Success" or "Important" by default. */
  title?: string;
  /** A link to what was made, in a paragraph of its own: `text` links, `after` follows it. */
  link?: { href: string; text: string; after?: string };
};
