import { notFound } from "next/navigation";

/** Any path that is not a page: the localized 404 (app/[locale]/not-found.tsx). */
export default function CatchAll() {
  notFound();
}
