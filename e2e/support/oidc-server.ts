import type { Server } from "node:http";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider on loopback, standing in for the council's identity provider
 * (Microsoft Entra ID in most councils). Its development login page accepts any login: the
 * login typed becomes the account's e-mail address, as an Entra ID account's would.
 */
export type TestIdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
};

export async function startIdentityProvider(options: {
  port: number;
  redirectUri: string;
}): Promise<TestIdentityProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = "care-act-readiness";
  const clientSecret = "loopback-test-secret-0123456789abcdef";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
    scopes: ["openid", "email", "profile"],
    pkce: { required: () => true },
    // Put the e-mail and name in the ID token itself, as Microsoft Entra ID does.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id.toLowerCase(), name: id.split("@")[0] ?? id };
        },
      };
    },
    // Councils' providers do not ask people to consent to their own council's apps.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // Plain http on loopback is fine for a test provider.
  provider.proxy = false;
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
