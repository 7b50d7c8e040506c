import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'UC-MSC trial pre-screener',
  description: 'Clinical trial eligibility pre-screening for UC-MSC trials, with the site’s screening log.',
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Every page renders per request, so that Next.js can put the response's CSP nonce on its
  // scripts (proxy.ts, lib/server/security-headers.ts). The pages are small; see the README's
  // Lighthouse figures.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        {/* The first tab stop: past the navigation to the page's content (WCAG 2.4.1). */}
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:font-semibold focus:text-blue-800 focus:outline-2 focus:outline-blue-700"
        >
          Skip to main content
        </a>
        <header className="no-print border-b border-slate-200">
          <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
            <span className="font-semibold">UC-MSC trial pre-screener</span>
            <ul className="flex gap-4">
              <li>
                <Link href="/" className="underline-offset-4 hover:underline">
                  Screening
                </Link>
              </li>
              <li>
                <Link href="/trials" className="underline-offset-4 hover:underline">
                  Trials
                </Link>
              </li>
              <li>
                <Link href="/log" prefetch={false} className="underline-offset-4 hover:underline">
                  Screening log
                </Link>
              </li>
            </ul>
          </nav>
          {/* Inside the banner landmark, so every piece of content sits in a landmark (axe "region"). */}
          <p role="note" className="mx-auto max-w-7xl px-4 pb-2 text-sm font-medium text-amber-900">
            De-identified data only. The screening page keeps nothing; saved screenings go to this site’s own server.
          </p>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">{children}</main>
      </body>
    </html>
  );
}
