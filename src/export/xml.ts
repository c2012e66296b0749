/**
 * XML text helpers
 * ================
 *
 * Escaping for the hand-written GraphML writer: the five XML entities, and
 * the characters XML 1.0 forbids (control characters) dropped.
 */

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Tab, LF and CR are allowed; other C0 controls and lone surrogates' neighbours U+FFFE/FFFF are not.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}
