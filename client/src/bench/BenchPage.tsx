import { useEffect, useState } from 'react';
import { BoardStage } from '../canvas/BoardStage';
import { NoteEditor } from '../canvas/NoteEditor';
import { useKeyboardShortcuts } from '../canvas/useKeyboardShortcuts';
import { NotesList } from '../panels/NotesList';
import { ZoomControls } from '../panels/ZoomControls';
import { BoardContext, useBoard } from '../state/BoardContext';
import { destroyBoardServices, type BoardServices } from '../state/BoardServices';
import { useSelectionPruning } from '../state/useSelectionPruning';
import { benchNoteCount, benchShapeCounts, createLocalBoard } from './createLocalBoard';

/**
 * `/banc-d-essai?notes=N[&zones=Z&links=L]`: the real board canvas over a local, seeded board with no server,
 * for the canvas benchmark (`e2e/bench/canvas.bench.ts`). No chrome but the zoom controls.
 */
export function BenchPage() {
  const [board, setBoard] = useState<BoardServices | null>(null);
  useEffect(() => {
    // created in the effect, so StrictMode's second mount gets a board of its own
    const created = createLocalBoard(benchNoteCount(location.search), benchShapeCounts(location.search));
    setBoard(created);
    return () => destroyBoardServices(created);
  }, []);
  if (!board) return null;
  return (
    <BoardContext.Provider value={board}>
      <BenchBoard />
    </BoardContext.Provider>
  );
}

function BenchBoard() {
  const board = useBoard();
  useKeyboardShortcuts(board);
  useSelectionPruning();
  return (
    <div className="board-page">
      <main className="board-area">
        <BoardStage />
        <NoteEditor />
        <ZoomControls />
        <NotesList />
      </main>
    </div>
  );
}
