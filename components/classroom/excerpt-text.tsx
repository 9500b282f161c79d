import type { CategoryId } from "@/lib/case-study/schema";
import { splitExcerpt, type Excerpt } from "@/lib/classroom/slides";
import { CATEGORY_COLORS, CATEGORY_TINTS, STANCE_COLORS } from "@/lib/comparison/palette";

/** The excerpt with its label boldly marked (stance colour underneath) and the other framing terms tinted. */
export function ExcerptText({ excerpt, language, byStance }: { excerpt: Excerpt; language: "ar" | "en"; byStance: boolean }) {
  return (
    <blockquote lang={language} dir={language === "ar" ? "rtl" : "ltr"} className="rounded-[0.3em] bg-white px-[0.6em] py-[0.3em] text-[1.2em] leading-[1.8] text-ink shadow-sm">
      {excerpt.cutBefore && "… "}
      {splitExcerpt(excerpt).map((piece, i) =>
        piece.kind === "text" ? (
          piece.text
        ) : (
          <mark
            key={i}
            data-focal={piece.mark.focal ? "true" : undefined}
            data-category={piece.mark.category}
            className={piece.mark.focal ? "rounded-[0.15em] px-[0.1em] font-bold text-ink" : "rounded-[0.15em] text-ink"}
            style={
              piece.mark.focal
                ? {
                    background: CATEGORY_TINTS[piece.mark.category as CategoryId] ?? "#eee",
                    boxShadow: `inset 0 -0.18em 0 ${byStance && piece.mark.stance ? STANCE_COLORS[piece.mark.stance] : (CATEGORY_COLORS[piece.mark.category as CategoryId] ?? "#777")}`,
                    outline: "0.08em solid #1f1d1a",
                  }
                : { background: CATEGORY_TINTS[piece.mark.category as CategoryId] ?? "#eee" }
            }
          >
            {piece.text}
          </mark>
        ),
      )}
      {excerpt.cutAfter && " …"}
    </blockquote>
  );
}
