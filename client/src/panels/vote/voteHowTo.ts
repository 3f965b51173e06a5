import type { PhoneView } from '../../state/BoardServices';

export interface VoteHowContext {
  /** on a phone, the view it shows (`UiState.phoneView`); null on a wider screen */
  phoneView: PhoneView | null;
  /** a touch screen: no V key to speak of */
  touch: boolean;
  /** some note of the round is big enough on screen, at this zoom, for its « + » (`votePillPlace`) */
  pillsShown: boolean;
  /** every dot of this person is placed: what is left to say is how to take one back */
  allPlaced: boolean;
  /** vote mode: a click or tap on a note puts a dot (`VoteSession.tapping`) */
  byTap: boolean;
}

export interface VoteHowTo {
  /** the sentence's i18n key */
  key: string;
  /** a phone away from its notes list: the sentence comes with a button to it */
  toNotes: boolean;
}

/**
 * The banner's one line on how to vote, true to what this screen shows: the « + » only when a
 * note is big enough for them, V when there is a keyboard, the « Notes » tab on a phone (where
 * the list's own « + » need no words); in vote mode, a click or tap on a note.
 */
export function voteHowTo({ phoneView, touch, pillsShown, allPlaced, byTap }: VoteHowContext): VoteHowTo | null {
  if (phoneView === 'notes') return null;
  // in vote mode the board itself takes the dots, a phone's « Tableau » too
  if (byTap && phoneView !== 'outline') return { key: `vote.how.tap.${allPlaced ? 'change' : 'add'}.${touch ? 'touch' : 'click'}`, toNotes: false };
  if (phoneView !== null) return { key: allPlaced ? 'vote.how.phoneChange' : 'vote.how.phone', toNotes: true };
  const way = touch ? (pillsShown ? 'touch' : 'touchZoom') : pillsShown ? 'click' : 'keys';
  return { key: `vote.how.${allPlaced ? 'change' : 'add'}.${way}`, toNotes: false };
}
