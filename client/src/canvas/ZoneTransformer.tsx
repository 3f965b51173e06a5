import { FRAME_MAX_SIZE, FRAME_MIN_SIZE, type Frame } from '@essaim/shared';
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Transformer } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { resizeZone } from '../state/frameCommands';
import { RESIZE_HANDLES, sizeBounds } from './resizeHandles';
import { ZONE_BODY } from './ZoneFrame';


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
  return (
    <Transformer
      ref={transformer}
      {...RESIZE_HANDLES}
      boundBoxFunc={sizeBounds(FRAME_MIN_SIZE, FRAME_MAX_SIZE, scale)}
      onTransformEnd={onTransformEnd}
    />
  );
}

const clamp = (v: number) => Math.round(Math.min(FRAME_MAX_SIZE, Math.max(FRAME_MIN_SIZE, v)));
