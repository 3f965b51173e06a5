import { BOARD_MAP_NAMES, type BoardMapName } from '../schema/boardMaps.js';
import { metaEntry } from '../schema/BoardMeta.js';
import { frameType } from '../schema/Frame.js';
import { groupType } from '../schema/Group.js';
import { labelType } from '../schema/Label.js';
import { linkType } from '../schema/Link.js';
import { noteParticipantRule, noteShapeRule } from './noteChangeRule.js';
import type { RightsContext } from './RightsContext.js';
import type { EntryChange } from './ShadowDoc.js';

type Rule = (change: EntryChange, ctx: RightsContext) => string | null;

/** The rights on one root map. Observers write nothing; a locked board takes everything from participants (`checkBoardChanges`). */
export interface MapRights {
  /** what every write must satisfy, facilitators' included: the entry's shape and the board's integrity */
  everyone: Rule;
  /** what participants may do beyond that: `never`, or their rule */
  participants: 'never' | Rule;
  /** the rule in words, for the docs and the UI */
  summary: string;
}

const shape =
  (name: string, validate: (key: string, value: unknown) => unknown): Rule =>
  (change) =>
    change.after === undefined || validate(change.key, change.after) !== null ? null : `malformed ${name}`;

const allowed: Rule = () => null;

/** The one table of who may write what on a room board; the server judges every update with it, the client asks it what to offer. */
export const BOARD_RIGHTS: Readonly<Record<BoardMapName, MapRights>> = {
  notes: {
    everyone: noteShapeRule,
    participants: noteParticipantRule,
    summary: 'create signed with their own id; edit and delete their own (everyone’s with editAll); move, resize, cluster their own (everyone’s with moveAll); nothing inside a locked zone',
  },
  frames: {
    everyone: shape('frame', frameType.validate),
    participants: 'never',
    summary: 'facilitators only',
  },
  links: {
    everyone: (change, ctx) => {
      const malformed = shape('link', linkType.validate)(change, ctx);
      if (malformed || change.after === undefined) return malformed;
      const link = linkType.parse(change.after)!;
      return ctx.noteAfter(link.from) && ctx.noteAfter(link.to) ? null : 'a link joins two notes of the board';
    },
    participants: allowed,
    summary: 'create, change and delete',
  },
  groups: {
    everyone: shape('group', groupType.validate),
    // creating is free; renaming or dissolving a cluster regroups its notes: the rule of moving each of them
    participants: (change, ctx) => {
      if (change.before === undefined) return null;
      for (const [id] of ctx.after.entries(BOARD_MAP_NAMES.notes)) {
        const note = ctx.noteAfter(id);
        if (note?.groupId === change.key && !ctx.mayMove(note)) return 'may only regroup notes they may move';
      }
      return null;
    },
    summary: 'create; rename and dissolve when they may move every note in it',
  },
  labels: {
    everyone: shape('label', labelType.validate),
    participants: 'never',
    summary: 'facilitators only',
  },
  meta: {
    everyone: (change) => {
      const entry = metaEntry(change.key);
      if (!entry) return 'unknown meta key';
      if (entry.writer === 'server') return 'only the server writes this meta key';
      return change.after === undefined || entry.validate(change.after) !== null ? null : 'malformed meta value';
    },
    participants: 'never',
    summary: 'facilitators, the keys they write (policy, categories); keys the server writes (schemaVersion, template): nobody',
  },
};

export function mapRights(map: string): MapRights | undefined {
  return Object.hasOwn(BOARD_RIGHTS, map) ? BOARD_RIGHTS[map as BoardMapName] : undefined;
}
