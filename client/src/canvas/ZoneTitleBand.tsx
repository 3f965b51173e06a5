import { NOTE_COLOR_FILLS, type Frame } from '@essaim/shared';
import { Path, Rect, Text } from 'react-konva';
import { HEADING_FONT_FAMILY, LOCK_PATH, ZONE_BAND_OVER_NOTES_OPACITY, ZONE_CORNER, ZONE_INK } from './zoneStyle';
import { ZONE_TITLE_LINE_HEIGHT, type ZoneTitleLayout } from './zoneTitleLayout';

/** Name of the text node of a zone's title (what tests and the outline read back). */
export const ZONE_TITLE = 'zone-title';

interface ZoneTitleBandProps {
  frame: Frame;
  layout: ZoneTitleLayout;
  /** the title is typed in the HTML field laid over it: not drawn meanwhile */
  editingTitle: boolean;
  /** the band alone, a handle: its title and padlock are drawn over the notes (`ZoneTitlesLayer`) */
  bandOnly?: boolean;
  /** drawn over the notes: the band lets the notes under it show through, the title stays solid */
  overNotes?: boolean;
}

/**
 * The band across the top of a zone, in its colour, with its title wrapped on its lines (and a
 * padlock when locked); placed by its parent at the zone's corner.
 */
export function ZoneTitleBand({ frame, layout, editingTitle, bandOnly = false, overNotes = false }: ZoneTitleBandProps) {
  const { fontSize, lines, pad, lineWidth, band, lockSize } = layout;
  return (
    <>
      <Rect
        name="zone-band"
        width={frame.width}
        height={band}
        fill={NOTE_COLOR_FILLS[frame.color].fill}
        opacity={overNotes ? ZONE_BAND_OVER_NOTES_OPACITY : 1}
        cornerRadius={[ZONE_CORNER, ZONE_CORNER, 0, 0]}
        perfectDrawEnabled={false}
      />
      {!bandOnly && !editingTitle && (
        <Text
          name={ZONE_TITLE}
          x={pad}
          y={pad}
          width={lineWidth}
          // the lines are wrapped already (`zoneTitleLayout`): Konva draws them as they are
          text={lines.join('\n')}
          fontFamily={HEADING_FONT_FAMILY}
          fontSize={fontSize}
          lineHeight={ZONE_TITLE_LINE_HEIGHT}
          fontStyle="bold"
          fill={ZONE_INK}
          wrap="none"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {!bandOnly && lockSize > 0 && (
        <Path
          name="zone-lock"
          x={frame.width - pad - lockSize}
          y={pad}
          data={LOCK_PATH}
          scaleX={lockSize / 24}
          scaleY={lockSize / 24}
          stroke={ZONE_INK}
          strokeWidth={2.2}
          lineCap="round"
          lineJoin="round"
          listening={false}
        />
      )}
    </>
  );
}
