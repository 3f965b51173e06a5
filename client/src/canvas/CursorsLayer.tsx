import { memo } from 'react';
import { Group, Label, Layer, Path, Tag, Text } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { useBoardAttention } from '../state/useBoardAttention';
import { useRemoteCursors } from '../state/usePresence';
import { useStore } from '../state/useStore';
import { NOTE_FONT_FAMILY } from './noteStyle';

const ARROW = 'M0 0 L0 17 L4.6 12.6 L7.8 19.6 L10.6 18.4 L7.5 11.5 L13.5 11.5 Z';

/**
 * Other people's pointers, the same size on screen at any zoom; never hit-tested. None while the
 * room writes privately: nobody watches where the others point.
 */
export const CursorsLayer = memo(function CursorsLayer() {
  const board = useBoard();
  const cursors = useRemoteCursors();
  const { cursorsHidden } = useBoardAttention();
  const { scale } = useStore(board.viewport);
  return (
    <Layer listening={false} visible={!cursorsHidden}>
      {!cursorsHidden && cursors.map(({ clientId, user, cursor }) => (
        <Group key={clientId} x={cursor.x} y={cursor.y} scaleX={1 / scale} scaleY={1 / scale}>
          <Path data={ARROW} fill={user.color} stroke="#fff" strokeWidth={1.5} />
          {user.name && (
            <Label x={12} y={18}>
              <Tag fill={user.color} cornerRadius={4} />
              <Text text={user.name} fontFamily={NOTE_FONT_FAMILY} fontSize={12} padding={4} fill="#fff" />
            </Label>
          )}
        </Group>
      ))}
    </Layer>
  );
});
