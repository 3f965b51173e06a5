/**
 * French typography a participant's keyboard does not give: the space they typed before `?` `!` `:`
 * `;` `%` `»` and after `«` becomes a no-break space, so a line never starts with « ? » or ends with
 * « « ». Text the notes' authors wrote with the right spaces already is left as it is.
 */
export function frenchSpaces(text: string): string {
  return text.replace(/[ \t]+(?=[?!:;%»])/g, '\u00a0').replace(/«[ \t]+/g, '«\u00a0');
}
