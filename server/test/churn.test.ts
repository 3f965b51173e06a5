import { describe, expect, it } from 'vitest';
import { runChurn } from '../soak/churn.js';

describe('churn', () => {
  it('unloads the board and keeps no socket once 500 clients have come and gone', async () => {
    const figures = await runChurn({ cycles: 500 });

    expect(figures.closeCodes).toEqual([]);
    expect({ rooms: figures.loadedRoomsAfter, connections: figures.connectionsAfter, sockets: figures.socketsAfter }).toEqual({ rooms: 0, connections: 0, sockets: 0 });
  }, 60_000);
});
