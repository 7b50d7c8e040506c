/**
 * The app's links: Next.js's <Link> (client-side navigation) without prefetching. By default a
 * link in view makes the page fetch and decode that route's data while the coordinator is still
 * working: on the screening page, four requests for /, /trials and /checklist whose decoding was
 * a long task of its own under 4× CPU throttling (issue 15). On a hospital's local network a route
 * fetched on click arrives fast enough, and nothing is requested that the coordinator did not ask
 * for. tests/architecture/links.test.ts keeps every link going through here.
 */
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
