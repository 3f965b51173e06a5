import type { Role, VoteResponse, VoteRound } from '@essaim/shared';
import { useEffect, useState } from 'react';
import { readVote } from './voteActions';
import { useWorkshop } from './WorkshopContext';

/** How often a facilitator's open results panel asks for the live tallies (a second dot on a note changes no count the document shows). */
const LIVE_POLL_MS = 3000;

/** Whether this person's `GET` tells more than the workshop document: live tallies and voters for facilitators, shared voters for the others. */
export const detailsTellMore = (round: VoteRound, role: Role) =>
  role === 'facilitator' || (round.status === 'closed' && !round.anonymous && round.votersShared);

/**
 * The round as the API gives it to this person, asked again whenever the workshop document's
 * view of it changes and, for a facilitator, every 3 s while it is open; null when the document
 * says all there is to know, or before the first answer.
 */
export function useVoteDetails(round: VoteRound | null, role: Role): VoteResponse | null {
  const ws = useWorkshop();
  const [details, setDetails] = useState<VoteResponse | null>(null);
  const wanted = round !== null && detailsTellMore(round, role);
  const version = round ? JSON.stringify(round) : '';
  const voteId = round?.voteId ?? null;
  const live = wanted && round?.status === 'open' && role === 'facilitator';
  useEffect(() => {
    setDetails(null);
  }, [voteId]);
  useEffect(() => {
    if (!wanted || voteId === null) return;
    let stopped = false;
    const load = () => void readVote(ws, voteId).then((answer) => !stopped && answer && answer.voteId === voteId && setDetails(answer));
    load();
    const timer = live ? setInterval(load, LIVE_POLL_MS) : undefined;
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [ws, voteId, wanted, live, version]);
  // until the effect has cleared it, the previous round's answer must not show under this one
  return wanted && details?.voteId === voteId ? details : null;
}
