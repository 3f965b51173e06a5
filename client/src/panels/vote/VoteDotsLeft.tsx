/** Past this many dots, the banner says the number only. */
const MAX_SHOWN = 10;

/** A person's dots as circles, the spent ones filled: decoration beside the words that say it. */
export function VoteDotsLeft({ left, total }: { left: number; total: number }) {
  if (total > MAX_SHOWN) return null;
  return (
    <span className="vote-dots-left" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className="vote-dot" data-spent={i < total - left || undefined} />
      ))}
    </span>
  );
}
