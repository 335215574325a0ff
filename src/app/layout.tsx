import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { answersFailedPost } from "@/lib/actions/failed-post";
import { loadChrome } from "@/features/auth/loaders";
import { SignOutButton } from "@/features/auth/components/sign-out-button";
import { WorkspaceSwitcher } from "@/features/auth/components/workspace-switcher";

const SERVICE_NAME = "Care Act assessment readiness";

export async function generateMetadata(): Promise<Metadata> {
  // A form posted without JavaScript that came back with errors (lib/actions/failed-post.ts).
  const prefix = (await answersFailedPost()) ? "Error: " : "";
  return {
    title: { default: `${prefix}${SERVICE_NAME}`, template: `${prefix}%s – ${SERVICE_NAME}` },
    description: "Prepare your council's adult social care department for CQC's assessment of its Care Act duties.",
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const chrome = await loadChrome();
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-white">
        <SkipLink />
        <SiteHeader
          serviceName={SERVICE_NAME}
          councilName={chrome.councilName}
          navigation={chrome.navigation}
          account={
            chrome.signedIn ? (
              <>
                {chrome.workspaces.length > 1 ? (
                  <WorkspaceSwitcher workspaces={chrome.workspaces} currentId={chrome.currentWorkspaceId} />
                ) : null}
                <span className="text-base">{chrome.userName}</span>
                <SignOutButton className="text-base text-white" />
              </>
            ) : null
          }
        />
        <div className="mx-auto w-full max-w-5xl flex-1 px-4">
          <main id="main-content" tabIndex={-1} className="py-8 focus:outline-none">
            {children}
          </main>
        </div>
        <SiteFooter
          links={[
            { href: "/about", label: "About this service" },
            { href: "/accessibility", label: "Accessibility statement" },
          ]}
          text="Ratings shown here are indicative. Only the Care Quality Commission awards a rating."
        />
      </body>
    </html>
  );
}
