/**
 * Access token
 * ============
 *
 * When the explorer is shared (`kg serve --host ...`), its API wants a token.
 * `kg serve` prints a link with the token in the #fragment (browsers never
 * send a fragment to servers, so it stays out of server and proxy logs).
 * On load the token moves from the address bar into this tab's
 * sessionStorage, and the address bar loses it, so a copied or shared
 * explorer link never carries it. Every API call then sends it as
 * `Authorization: Bearer`.
 */
const STORAGE_KEY = "kg.accessToken";

function takeTokenFromUrl(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const token = fragment.get("token");
  if (token === null) return null;
  fragment.delete("token");
  const rest = fragment.toString();
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ""}`);
  return token;
}

function initialToken(): string | null {
  const fromUrl = takeTokenFromUrl();
  try {
    if (fromUrl) window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl ?? window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return fromUrl; // storage disabled: the token lives as long as the page
  }
}

const token = initialToken();

/** Headers that authorise an API call (none when the server wants no token). */
export function authorizationHeaders(): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
