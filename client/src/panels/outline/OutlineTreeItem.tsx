import type { Note } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import type { OutlineTree, OutlineTreeNode } from '../../state/outline';
import { addLinkedFromOutline, refusalOfLinked, revealNote } from '../../state/outlineCommands';
import { OutlineAddButton } from './OutlineAddButton';
import { useOutline } from './OutlineContext';
import { noteLabel, OutlineNoteItem } from './OutlineNoteItem';

type Kind = 'cause' | 'consequence';

/** « + Cause » / « + Conséquence » on a note of a tree, offered when the rules accept the new note and its link. */
function AddLinked({ note, kind }: { note: Note; kind: Kind }) {
  const { t } = useTranslation();
  const board = useBoard();
  const outline = useOutline();
  const text = noteLabel(note.text, t('notesList.empty'));
  return (
    <OutlineAddButton
      label={t(kind === 'cause' ? 'outline.addCause' : 'outline.addConsequence', { text })}
      short={t(kind === 'cause' ? 'outline.cause' : 'outline.consequence')}
      disabled={!outline.canCreate || refusalOfLinked(board, note.id, kind) !== null}
      onAdd={() => {
        const id = addLinkedFromOutline(board, note.id, kind);
        if (!id) return;
        revealNote(board, id);
        outline.edit(id, 'tree');
      }}
    />
  );
}

/** The causes or the consequences of a note, as a titled nested list. */
function Branch({ of, kind, nodes, heading }: { of: Note; kind: Kind; nodes: readonly OutlineTreeNode[]; heading?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  if (nodes.length === 0) return null;
  const title = t(kind === 'cause' ? 'outline.causes' : 'outline.consequences');
  const Caption = heading ? 'h5' : 'p';
  return (
    <div className={`outline-branch outline-${kind}s`}>
      <Caption id={id} className="outline-branch-title">
        {title}
        <span className="visually-hidden"> {t('outline.of', { text: noteLabel(of.text, t('notesList.empty')) })}</span>
      </Caption>
      <ul className="outline-list" aria-labelledby={id}>
        {nodes.map((node) => (
          <TreeNode key={node.note.id} node={node} />
        ))}
      </ul>
    </div>
  );
}

function TreeNode({ node }: { node: OutlineTreeNode }) {
  const { t } = useTranslation();
  const causes = node.children.filter((c) => c.kind === 'cause');
  const consequences = node.children.filter((c) => c.kind === 'consequence');
  return (
    <OutlineNoteItem
      note={node.note}
      place="tree"
      role={t(node.kind === 'cause' ? 'outline.causeRole' : 'outline.consequenceRole')}
      actions={<AddLinked note={node.note} kind={node.kind} />}
    >
      <Branch of={node.note} kind="cause" nodes={causes} />
      <Branch of={node.note} kind="consequence" nodes={consequences} />
    </OutlineNoteItem>
  );
}

/** A problem tree: the problem, « Conséquences » (the branches) and « Causes » (the roots), nested as deep as they go. */
export function OutlineTreeItem({ tree }: { tree: OutlineTree }) {
  const { t } = useTranslation();
  const { problem } = tree;
  return (
    <li className="outline-tree" data-problem-id={problem.id}>
      <h4>{t('outline.tree', { text: noteLabel(problem.text, t('notesList.empty')) })}</h4>
      <ul className="outline-list">
        <OutlineNoteItem
          note={problem}
          place="tree"
          role={t('outline.problemRole')}
          actions={
            <>
              <AddLinked note={problem} kind="cause" />
              <AddLinked note={problem} kind="consequence" />
            </>
          }
        >
          <Branch of={problem} kind="cause" nodes={tree.causes} heading />
          <Branch of={problem} kind="consequence" nodes={tree.consequences} heading />
        </OutlineNoteItem>
      </ul>
    </li>
  );
}
