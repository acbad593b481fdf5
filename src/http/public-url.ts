/** The methods and headers the API uses, which a browser on another allowed origin may send. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
export const CORS_ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'If-Match', 'X-CSRF-Token', 'X-Request-Id'];
export const CORS_EXPOSED_HEADERS = ['ETag', 'X-Request-Id', 'Retry-After'];

/** A public URL as given (`--public-url`), checked and without its trailing slash; '' when none is given. */
export function checkPublicUrl(given: string): string {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`the public URL '${given}' is not a URL: write it as https://amity.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`the public URL '${given}' must start with http:// or https://`);
  if (url.search || url.hash) throw new Error(`the public URL '${given}' may not carry a query or a fragment`);
  return url.toString().replace(/\/+$/, '');
}

/** The server's public URL, read when a request needs it. */
export function publicUrlOf(option: string | (() => string) | undefined): () => string {
  if (option === undefined) return () => '';
  if (typeof option === 'string') {
    const url = checkPublicUrl(option);
    return () => url;
  }
  let checked: { given: string; url: string } | null = null;
  return () => {
    const given = option();
    if (checked?.given !== given) checked = { given, url: checkPublicUrl(given) };
    return checked.url;
  };
}
