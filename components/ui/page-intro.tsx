import { HowToRead } from "@/components/ui/how-to-read";

export interface PageIntroProps {
  title: string;
  intro: string;
  /** The "How to read this" box's title, in the interface language. */
  howToReadTitle: string;
  /** The box's paragraphs, in order. */
  howToRead: readonly string[];
}

/** A page's heading, one paragraph on what it shows, and a folded "How to read this" box. */
export function PageIntro({ title, intro, howToReadTitle, howToRead }: PageIntroProps) {
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="mt-2 mb-5 max-w-3xl leading-relaxed text-ink">{intro}</p>
      <HowToRead title={howToReadTitle}>
        {howToRead.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </HowToRead>
    </header>
  );
}
