import type { Plugin } from 'vite';

/**
 * The built app's policy: code, styles, images, fonts, data, workers and the manifest come from
 * the app's own origin only; no inline script or `eval`, no plugins, no other base, and forms
 * post nowhere else. `style-src 'self'` holds without 'unsafe-inline': the stylesheets are files,
 * and the charts' and React's inline styles are set from script (CSSOM), which the policy does
 * not govern; the e2e suite fails on any violation.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * Puts the policy in the built page's head, just after the character set (which must come first),
 * so it governs every script and style after it. Only at build: the development server injects
 * inline scripts for hot reloading. A `<meta>` policy cannot say `frame-ancestors`; a host that
 * wants to refuse framing sends it as a header.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withPolicy(html),
    },
  };
}

/** The page with the policy's `<meta>` after its character set; a page without one is refused. */
export function withPolicy(html: string): string {
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error('index.html needs <meta charset> before the security policy');
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  const end = charset.index + charset[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}
