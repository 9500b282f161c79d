import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_PARAM, isLocale } from "@/lib/i18n/locale";

/**
 * Serve every page in the language its URL asks for (`?lang=ar`), keeping the URLs of
 * DESIGN.md: `/cases/derna?lang=ar` is rendered by `app/[locale]/cases/[case]` with
 * locale "ar". The language lives in the URL, so every view stays a permalink, and both
 * languages of a page can be pre-rendered.
 */
export function proxy(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get(LOCALE_PARAM);
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the API, Next's assets, the icon, or any file with an extension.
  matcher: ["/((?!api/|_next/|icon|favicon|.*\\.[a-z0-9]+$).*)"],
};
