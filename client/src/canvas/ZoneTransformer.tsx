import { FRAME_MAX_SIZE, FRAME_MIN_SIZE, type Frame } from '@essaim/shared';
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Transformer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { resizeZone } from '../state/frameCommands';
import { SELECTED_STROKE } from './noteStyle';
import { ZONE_BODY } from './ZoneFrame';

type Box = ReturnType<NonNullable<Konva.TransformerConfig['boundBoxFunc']>>;

/**
 * Resize handles on the selected zones' bodies. Konva scales the body while the handle moves;
 * on release the new rectangle is written and the body is given back its unit scale.
 */
export function ZoneTransformer({ ids, frames, scale }: { ids: ReadonlySet<string>; frames: readonly Frame[]; scale: number }) {
  const board = useBoard();
  const transformer = useRef<Konva.Transformer>(null);

  useEffect(() => {
    const tr = transformer.current;
    const layer = tr?.getLayer();
    if (!tr || !layer) return;
    const bodies = [...ids].flatMap((id) => layer.findOne<Konva.Group>((n: Konva.Node) => n.id() === id && n.name() === 'zone')?.findOne(`.${ZONE_BODY}`) ?? []);
    tr.nodes(bodies);
    layer.batchDraw();
  }, [ids, frames]);

  const onTransformEnd = () => {
    for (const body of transformer.current?.nodes() ?? []) {
      const zone = body.getParent();
      if (!zone) continue;
      const rect = {
        x: zone.x() + body.x(),
        y: zone.y() + body.y(),
        width: clamp(body.width() * body.scaleX()),
        height: clamp(body.height() * body.scaleY()),
      };
      body.setAttrs({ x: 0, y: 0, scaleX: 1, scaleY: 1 });
      resizeZone(board, zone.id(), rect);
    }
  };

  // boxes are in screen pixels: compare with the limits at the current zoom
  const boundBox = (oldBox: Box, newBox: Box): Box => {
    const min = FRAME_MIN_SIZE * scale;
    const max = FRAME_MAX_SIZE * scale;
    return newBox.width < min || newBox.height < min || newBox.width > max || newBox.height > max ? oldBox : newBox;
  };

  return (
    <Transformer
      ref={transformer}
      rotateEnabled={false}
      keepRatio={false}
      flipEnabled={false}
      ignoreStroke
      anchorSize={12}
      anchorCornerRadius={3}
      borderStroke={SELECTED_STROKE}
      anchorStroke={SELECTED_STROKE}
      boundBoxFunc={boundBox}
      onTransformEnd={onTransformEnd}
    />
  );
}

const clamp = (v: number) => Math.round(Math.min(FRAME_MAX_SIZE, Math.max(FRAME_MIN_SIZE, v)));
