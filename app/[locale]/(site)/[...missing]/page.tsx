import { notFound } from "next/navigation";

/** Any address no route serves: the localized 404. */
export default function MissingPage() {
  notFound();
}
