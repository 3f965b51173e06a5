import { writeWorkshop, type Frame, type VoteRound } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testNote } from '../testBoard';
import { testRound } from '../testVoteRound';
import { WorkshopStore } from '../WorkshopStore';
import type { VoteSessionState } from './VoteSession';
import { voteView } from './voteView';

const round = (patch: Partial<VoteRound> & Pick<VoteRound, 'voteId' | 'number'>): VoteRound => testRound({ roomIds: ['R', 'S'], openedBy: 'F', ...patch });

/** The rounds as a screen of the workshop reads them: through the workshop document. */
function roundsOf(...rounds: VoteRound[]): readonly VoteRound[] {
  const doc = new Y.Doc();
  writeWorkshop(doc, { votes: rounds });
  return new WorkshopStore(doc).getVoteRounds();
}

const zone = (id: string, title: string, x: number): Frame => ({ id, title, x, y: 0, width: 400, height: 400, color: 'grey' });
const idle: VoteSessionState = { round: null, mine: null, pending: new Map() };
const sessionOn = (open: VoteRound, patch: Partial<VoteSessionState> = {}): VoteSessionState => ({ ...idle, round: open, ...patch });

describe('voteView', () => {
  const inNeeds = testNote({ id: 'in', x: 100, y: 100 });
  const outside = testNote({ id: 'out', x: 900, y: 100 });

  it('takes the notes of the zone a round votes on, in another room by the zone’s title', () => {
    const open = round({ voteId: 'V1', number: 1, scope: { kind: 'frame', frameId: 'z-in-R', title: 'Besoins' } });
    const rounds = roundsOf(open);
    // room S has its own « besoins » zone, another id
    const view = voteView(sessionOn(rounds[0]!), true, rounds, 'S', [zone('z-in-S', ' BESOINS ', 0), zone('other', 'Idées', 800)]);
    expect(view.voting).toBe(true);
    expect(view.inScope(inNeeds)).toBe(true);
    expect(view.inScope(outside)).toBe(false);
  });

  it('hides every count of a room while a round with hidden results is open there, on a facilitator’s board too (it may be projected)', () => {
    const before = round({ voteId: 'V1', number: 1, status: 'closed', results: [{ noteId: 'in', roomId: 'R', count: 4 }] });
    const open = round({ voteId: 'V2', number: 2 });
    const rounds = roundsOf(before, open);
    expect(voteView(sessionOn(open), true, rounds, 'R', []).counts).toBeNull();
    expect(voteView(sessionOn(open), false, rounds, 'R', []).counts).toBeNull();
  });

  it('shows the room’s latest results once closed, on the notes « Garder » copied too', () => {
    const first = round({ voteId: 'V1', number: 1, status: 'closed', results: [{ noteId: 'in', roomId: 'R', count: 1 }] });
    const second = round({
      voteId: 'V2',
      number: 2,
      status: 'closed',
      results: [
        { noteId: 'in', roomId: 'R', count: 5 },
        { noteId: 'out', roomId: 'R', count: 2 },
      ],
      copies: { copyOfIn: 'in' },
    });
    const elsewhere = round({ voteId: 'V3', number: 3, roomIds: ['T'], status: 'closed', results: [{ noteId: 'x', roomId: 'T', count: 9 }] });
    const view = voteView(idle, true, roundsOf(first, second, elsewhere), 'R', []);
    expect(view.round).toBeNull();
    expect(view.voting).toBe(false);
    expect(view.inScope(outside)).toBe(true);
    expect(view.counts?.get('in')).toBe(5);
    expect(view.counts?.get('copyOfIn')).toBe(5);
    expect(view.counts?.get('x')).toBeUndefined();
  });

  it('gives a participant only the dots the server answered for the open round', () => {
    const open = round({ voteId: 'V2', number: 2, resultsVisible: 'live', results: [{ noteId: 'in', roomId: 'R', count: 3 }] });
    const rounds = roundsOf(open);
    const stale = sessionOn(open, { mine: { voteId: 'V1', myDots: { in: 1 }, dotsLeft: 2 } });
    expect(voteView(stale, true, rounds, 'R', []).dotsLeft).toBeNull();
    const fresh = sessionOn(open, { mine: { voteId: 'V2', myDots: { in: 1 }, dotsLeft: 2 } });
    const view = voteView(fresh, true, rounds, 'R', []);
    expect(view.myDots).toEqual({ in: 1 });
    expect(view.dotsLeft).toBe(2);
    // live results: everyone sees the counts while it runs
    expect(view.counts?.get('in')).toBe(3);
  });
});
