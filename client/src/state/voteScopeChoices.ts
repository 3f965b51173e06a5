import { frameHoldsNote, type Frame, type Group, type Note, type VoteStartRequest } from '@essaim/shared';
import type { SelectionState } from './selection';

/** What a facilitator may put to the vote from the board as selected now; `count`: the notes it holds on this board (unknown on the dashboard). */
export type VoteScopeChoice =
  | { kind: 'board'; count?: number }
  | { kind: 'frame'; frameId: string; title: string; count: number }
  | { kind: 'group'; groupId: string; title: string; count: number }
  | { kind: 'notes'; noteIds: string[] };

/**
 * The scopes offered: always the whole board; the zone when one zone alone is selected; the
 * cluster when the selected notes are exactly one cluster's; the selected notes when there are any.
 * The most precise comes last: it is the one offered first (`defaultScope`).
 */
export function voteScopeChoices(selection: SelectionState, notes: readonly Note[], frames: readonly Frame[], groups: readonly Group[]): VoteScopeChoice[] {
  const choices: VoteScopeChoice[] = [{ kind: 'board', count: notes.length }];
  const zoneIds = [...selection.others.frames];
  const zone = selection.ids.size === 0 && zoneIds.length === 1 ? frames.find((f) => f.id === zoneIds[0]) : undefined;
  if (zone) choices.push({ kind: 'frame', frameId: zone.id, title: zone.title, count: notes.filter((n) => frameHoldsNote(zone, n)).length });
  const selected = notes.filter((n) => selection.ids.has(n.id));
  if (selected.length === 0) return choices;
  const groupId = selected[0]!.groupId;
  const group = groupId ? groups.find((g) => g.id === groupId) : undefined;
  if (group && selected.every((n) => n.groupId === group.id)) {
    const members = notes.filter((n) => n.groupId === group.id);
    if (members.length === selected.length) choices.push({ kind: 'group', groupId: group.id, title: group.title, count: members.length });
  }
  choices.push({ kind: 'notes', noteIds: selected.map((n) => n.id) });
  return choices;
}

/** The scope a fresh form starts with: the zone, else the cluster, else the selected notes, else the board. */
export function defaultScope(choices: readonly VoteScopeChoice[]): VoteScopeChoice {
  for (const kind of ['frame', 'group', 'notes'] as const) {
    const found = choices.find((c) => c.kind === kind);
    if (found) return found;
  }
  return choices[0] ?? { kind: 'board' };
}

/** How many notes a scope holds on this board, or null when the form cannot tell (the dashboard). */
export const scopeNoteCount = (scope: VoteScopeChoice): number | null => (scope.kind === 'notes' ? scope.noteIds.length : (scope.count ?? null));

/**
 * « Chacun peut mettre un point sur chaque note » : the scope holds no more notes than the dots each
 * person has, so the vote ranks nothing. A warning, not a refusal.
 */
export function dotsCoverScope(scope: VoteScopeChoice, dotsPerPerson: number | null): boolean {
  const notes = scopeNoteCount(scope);
  return notes !== null && notes > 0 && dotsPerPerson !== null && notes <= dotsPerPerson;
}

/** Whether « Cette salle » / « Toutes les salles » means something: the board, or a zone (each room's zone of that title). */
export const scopeSpansRooms = (scope: VoteScopeChoice) => scope.kind === 'board' || scope.kind === 'frame';

export interface VoteSettingsInput {
  dotsPerPerson: number;
  maxPerNote: number;
  anonymous: boolean;
  resultsVisible: 'live' | 'after';
  durationSeconds: number | null;
}

/**
 * The request that opens the round. `roomIds`: the rooms chosen (this room, or every breakout
 * room); a cluster or notes vote leaves them out, the server takes the room whose board holds them.
 */
export function voteStartRequest(scope: VoteScopeChoice, roomIds: readonly string[] | null, settings: VoteSettingsInput): VoteStartRequest {
  const request: VoteStartRequest = {
    dotsPerPerson: settings.dotsPerPerson,
    maxPerNote: settings.maxPerNote,
    anonymous: settings.anonymous,
    resultsVisible: settings.resultsVisible,
  };
  if (settings.durationSeconds !== null) request.durationSeconds = settings.durationSeconds;
  if (scope.kind === 'frame') request.frameId = scope.frameId;
  if (scope.kind === 'group') request.groupId = scope.groupId;
  if (scope.kind === 'notes') request.noteIds = [...scope.noteIds];
  if (roomIds && scopeSpansRooms(scope)) request.roomIds = [...roomIds];
  return request;
}
