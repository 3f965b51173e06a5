/**
 * The first lines of a note's text, wrapped at word boundaries to `maxWidth` (as `measure`
 * reports widths), at most `maxLines`; the last one ends with « … » when text is left over. A
 * word too long for a line is shortened to what fits, with « … », rather than split over two
 * lines: « Transp… » is recognisable where « Tran » / « sp… » is not.
 */
export function firstLines(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried) <= maxWidth) {
      line = tried;
      i++;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      lines.push(withEllipsis(word, maxWidth, measure));
      i++;
    }
  }
  if (line && lines.length < maxLines) lines.push(line);
  const last = lines[lines.length - 1];
  if (i < words.length && last !== undefined && !last.endsWith('…')) lines[lines.length - 1] = withEllipsis(last, maxWidth, measure);
  return lines;
}

/** `text` shortened until it fits with « … » after it (at least its first character). */
function withEllipsis(text: string, maxWidth: number, measure: (s: string) => number): string {
  let shown = text;
  while (shown.length > 1 && measure(`${shown}…`) > maxWidth) shown = shown.slice(0, -1).trimEnd();
  return `${shown}…`;
}
