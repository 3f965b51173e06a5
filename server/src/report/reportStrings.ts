import type { NoteColor, VoteScope } from '@essaim/shared';
import { REPORT_TIME_ZONE } from '../export/reportTimeZone.js';

/** Every word the report prints, in French (the default) and English; French typography is written in. */
export type ReportLang = 'fr' | 'en';

const NBSP = '\u00a0';
/** « text » with the non-breaking spaces French puts inside guillemets; "text" in English. */
const quote = (lang: ReportLang, text: string) => (lang === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`);
/** French: 0 and 1 take the singular. */
const plural = (lang: ReportLang, n: number, one: string, other: string) => ((lang === 'fr' ? n < 2 : n === 1) ? one : other);

/** Dates are read in the report's time zone (Paris unless `REPORT_TIME_ZONE` says otherwise), whatever the server's. */
const TIME_ZONE = REPORT_TIME_ZONE;

const dateFormats = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
};
const timeFormats = {
  fr: new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }),
};
const numberFormats = { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') };

/** « 4 décembre 2026 », « 1er mai 2026 »; "4 December 2026". */
export function formatDate(ms: number, lang: ReportLang): string {
  const parts = dateFormats[lang].formatToParts(new Date(ms));
  return parts.map((p) => (p.type === 'day' && lang === 'fr' && p.value === '1' ? '1er' : p.value)).join('').replace(/ /g, NBSP);
}

/** « 14 h 30 »; "14:30". */
export function formatTime(ms: number, lang: ReportLang): string {
  const parts = timeFormats[lang].formatToParts(new Date(ms));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return lang === 'fr' ? `${Number(hour)}${NBSP}h${NBSP}${minute}` : `${hour}:${minute}`;
}

/** « 1 234 » with the narrow no-break space French spreadsheets and print use. */
export function formatNumber(n: number, lang: ReportLang): string {
  return numberFormats[lang].format(n);
}

/** « Zone … » at the start of a cell or a title. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

const COLOR_NAMES: Record<ReportLang, Record<NoteColor, string>> = {
  fr: { yellow: 'jaune', orange: 'orange', pink: 'rose', violet: 'violet', blue: 'bleu', green: 'vert', grey: 'gris' },
  en: { yellow: 'yellow', orange: 'orange', pink: 'pink', violet: 'violet', blue: 'blue', green: 'green', grey: 'grey' },
};

/** A palette colour's name as people say it (« jaune »), for the CSV and the report. */
export function colorName(color: NoteColor, lang: ReportLang): string {
  return COLOR_NAMES[lang][color] ?? color;
}

/** The report's words in one language. */
export function reportStrings(lang: ReportLang) {
  const fr = lang === 'fr';
  const n = (count: number) => formatNumber(count, lang);
  const count = (c: number, one: string, other: string) => `${n(c)}${NBSP}${plural(lang, c, one, other)}`;
  const date = (ms: number) => formatDate(ms, lang);
  return {
    lang,
    quote: (text: string) => quote(lang, text),
    date,
    reportTitle: fr ? 'Rapport d’atelier' : 'Workshop report',
    heldOn: (ms: number) => (fr ? `Atelier du ${date(ms)}` : `Workshop of ${date(ms)}`),
    participants: (c: number) => count(c, 'participant', 'participants'),
    notes: (c: number) => count(c, 'note', 'notes'),
    rooms: (c: number) => (fr ? count(c, 'salle', 'salles') : count(c, 'room', 'rooms')),
    roomsHeading: fr ? 'Salles' : 'Rooms',
    /** the word under a key figure on the cover (« 14 » then « participants ») */
    figure: {
      participants: (c: number) => plural(lang, c, 'participant', 'participants'),
      notes: (c: number) => plural(lang, c, 'note', 'notes'),
      rooms: (c: number) => (fr ? plural(lang, c, 'salle', 'salles') : plural(lang, c, 'room', 'rooms')),
    },
    number: n,
    plenary: fr ? 'plénière' : 'plenary',
    generatedAt: (ms: number) =>
      fr ? `Rapport généré le ${date(ms)} à ${formatTime(ms, lang)}` : `Report generated on ${date(ms)} at ${formatTime(ms, lang)}`,
    anonymous: fr ? 'Atelier anonyme\u00a0: les noms des auteurs ne figurent pas dans ce rapport.' : 'Anonymous workshop: authors’ names are not shown in this report.',
    board: fr ? 'Tableau' : 'Board',
    overview: fr ? 'Vue d’ensemble' : 'Overview',
    overviewHint: (pages: number) =>
      fr ? `Imprimé en ${n(pages)}${NBSP}parties, chaque case indique sa page` : `Printed in ${n(pages)} parts, each box gives its page`,
    smallText: fr ? '(texte réduit pour limiter le nombre de pages)' : '(text reduced to limit the number of pages)',
    part: (i: number, total: number) => (fr ? `Partie ${n(i)} sur ${n(total)}` : `Part ${n(i)} of ${n(total)}`),
    pageLabel: (p: number) => `Page${NBSP}${n(p)}`,
    pageOf: (p: number, total: number) => (fr ? `Page ${n(p)} sur ${n(total)}` : `Page ${n(p)} of ${n(total)}`),
    empty: fr ? 'Ce tableau est vide.' : 'This board is empty.',
    noNotes: fr ? 'Aucune note n’a été écrite sur ce tableau.' : 'No note was written on this board.',
    legendVotes: fr ? 'points de vote reçus' : 'votes received',
    legendCause: 'cause',
    legendConsequence: fr ? 'conséquence' : 'consequence',
    summary: fr ? 'Synthèse' : 'Summary',
    priorities: fr ? 'Priorités' : 'Priorities',
    zones: 'Zones',
    clusters: fr ? 'Regroupements' : 'Clusters',
    trees: fr ? 'Arbres à problèmes' : 'Problem trees',
    loose: fr ? 'Notes hors zone' : 'Notes outside zones',
    votes: 'Votes',
    untitled: fr ? 'Sans titre' : 'Untitled',
    round: (num: number) => (fr ? `Vote n°${NBSP}${n(num)}` : `Vote no. ${n(num)}`),
    scope: (scope: VoteScope, title?: string): string => {
      switch (scope.kind) {
        case 'board':
          return fr ? 'tout le tableau' : 'whole board';
        case 'notes':
          return fr ? `notes choisies (${n(scope.noteIds.length)})` : `chosen notes (${n(scope.noteIds.length)})`;
        case 'frame':
          return `zone ${quote(lang, title ?? scope.title)}`;
        case 'group':
          return `${fr ? 'groupe' : 'cluster'} ${quote(lang, title ?? '')}`;
      }
    },
    turnout: (voted: number, eligible: number) =>
      fr ? `${n(voted)}${NBSP}${plural(lang, voted, 'votant', 'votants')} sur ${n(eligible)}` : `${n(voted)} of ${n(eligible)} voted`,
    points: (c: number) => count(c, 'point', 'points'),
    dotsPerPerson: (c: number) => (fr ? `${count(c, 'point', 'points')} par personne` : `${count(c, 'dot', 'dots')} per person`),
    maxPerNote: (c: number) => (fr ? `${n(c)} au plus par note` : `at most ${n(c)} per note`),
    anonymousVote: fr ? 'anonyme' : 'anonymous',
    namedVote: fr ? 'nominatif' : 'named',
    statusOpen: fr ? 'en cours' : 'open',
    statusClosed: fr ? 'clos' : 'closed',
    closedOn: (ms: number) => (fr ? `clos le ${date(ms)}` : `closed on ${date(ms)}`),
    noResults: fr ? 'Aucun point n’a été donné.' : 'No dot was given.',
    problem: fr ? 'Problème' : 'Problem',
    causes: fr ? 'Causes' : 'Causes',
    consequences: fr ? 'Conséquences' : 'Consequences',
    votesTable: {
      number: fr ? 'N°' : 'No.',
      scope: fr ? 'Portée' : 'Scope',
      dots: fr ? 'Points' : 'Dots',
      type: fr ? 'Type' : 'Type',
      opened: fr ? 'Ouverture' : 'Opened',
      closed: fr ? 'Clôture' : 'Closed',
      turnout: fr ? 'Participation' : 'Turnout',
      status: fr ? 'Statut' : 'Status',
    },
  };
}

export type ReportStrings = ReturnType<typeof reportStrings>;
