/**
 * Security headers for every response. The Content-Security-Policy carries a fresh nonce per
 * request so Next's own inline scripts run and nothing else does. Styles allow inline because
 * React sets style attributes; no user content is ever rendered as HTML.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; https: boolean; formTargets: string[] },
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Sign-in with the council's identity provider submits a form that redirects there.
    `form-action 'self'${options.formTargets.map((target) => ` ${target}`).join("")}`,
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export const staticSecurityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
