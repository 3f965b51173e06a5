import { describe, expect, it } from 'vitest';
import { rectsIntersect, type Rect } from '@essaim/shared';
import { NOTE_ANCHORS, RESIZE_HANDLES } from './resizeHandles';
import { VOTE_SIZES, voteControlsLayout, votePillPlace, type VoteSizes } from './voteControlsLayout';

describe('voteControlsLayout', () => {
  it('offers « + » alone on a note without my dots, and « − » beside my dots once there are some', () => {
    const none = voteControlsLayout(0, 0, VOTE_SIZES.fine);
    expect(none.dots).toEqual([]);
    expect(none.minus).toBeNull();
    const two = voteControlsLayout(2, 0, VOTE_SIZES.fine);
    expect(two.dots).toHaveLength(2);
    expect(two.minus).not.toBeNull();
    // left to right, nothing overlapping, all inside the pill
    const xs = [...two.dots, two.minus!, two.plus];
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(two.plus + VOTE_SIZES.fine.button / 2).toBeLessThanOrEqual(two.width);
  });

  it('shows a dot on its way apart from the granted ones, and many dots as a number', () => {
    expect(voteControlsLayout(1, 1, VOTE_SIZES.fine).pendingDot).not.toBeNull();
    expect(voteControlsLayout(1, -1, VOTE_SIZES.fine).pendingDot).toBeNull();
    const many = voteControlsLayout(7, 0, VOTE_SIZES.fine);
    expect(many.dots).toHaveLength(1);
    expect(many.many?.text).toBe('×7');
  });

  it('gives a finger 44 px targets', () => {
    const layout = voteControlsLayout(1, 0, VOTE_SIZES.coarse);
    expect(layout.height).toBe(44);
    expect(layout.plus - layout.minus!).toBeGreaterThanOrEqual(44);
  });
});

/** Where Konva's Transformer draws a selected note's handles, in board units at this zoom. */
function anchorBoxes(note: Rect, scale: number): Rect[] {
  const half = RESIZE_HANDLES.anchorSize / 2 / scale;
  const at: Record<string, [number, number]> = {
    'top-left': [0, 0],
    'top-right': [1, 0],
    'bottom-left': [0, 1],
    'bottom-right': [1, 1],
    'middle-right': [1, 0.5],
    'bottom-center': [0.5, 1],
  };
  return NOTE_ANCHORS.map((name) => {
    const [fx, fy] = at[name]!;
    return { x: note.x + fx * note.width - half, y: note.y + fy * note.height - half, width: half * 2, height: half * 2 };
  });
}

/** The pill's box in board units, as `VoteNoteControls` draws it around `votePillPlace`. */
function pillBox(note: Rect, scale: number, sizes: VoteSizes, mine: number): Rect | null {
  const at = votePillPlace(note, scale, sizes);
  if (!at) return null;
  const { width, height } = voteControlsLayout(mine, 0, sizes);
  return { x: at.x - width / 2 / scale, y: at.y - height / 2 / scale, width: width / scale, height: height / scale };
}

describe('votePillPlace', () => {
  const note = { x: 100, y: 200, width: 160, height: 160 };

  it('keeps a selected note\'s resize handles clear, at any zoom, for a mouse and a finger, however many dots', () => {
    let drawn = 0;
    for (const sizes of [VOTE_SIZES.fine, VOTE_SIZES.coarse]) {
      for (let scale = 0.3; scale <= 4; scale *= 1.15) {
        for (const mine of [0, 1, 5, 9]) {
          const pill = pillBox(note, scale, sizes, mine);
          if (!pill) continue;
          drawn++;
          for (const anchor of anchorBoxes(note, scale)) expect(rectsIntersect(pill, anchor), `zoom ${scale.toFixed(2)}, ${mine} dots`).toBe(false);
        }
      }
    }
    expect(drawn).toBeGreaterThan(20);
  });

  it('sits inside the note, above its bottom edge, leaving the top half (its first lines) uncovered', () => {
    for (const scale of [0.6, 1, 2.5]) {
      const pill = pillBox(note, scale, VOTE_SIZES.fine, 1)!;
      expect(pill.y + pill.height).toBeLessThan(note.y + note.height);
      expect(pill.y).toBeGreaterThan(note.y + note.height / 2);
    }
  });

  it('draws nothing on a note too small on screen, as at a laptop\'s or a phone\'s opening zoom; a finger\'s pill needs a bigger note', () => {
    expect(votePillPlace(note, 0.19, VOTE_SIZES.fine)).toBeNull();
    expect(votePillPlace(note, 0.14, VOTE_SIZES.coarse)).toBeNull();
    expect(votePillPlace(note, 0.6, VOTE_SIZES.fine)).not.toBeNull();
    expect(votePillPlace(note, 0.6, VOTE_SIZES.coarse)).toBeNull();
    expect(votePillPlace(note, 0.8, VOTE_SIZES.coarse)).not.toBeNull();
  });
});
