import type { BoardPolicy } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { usePolicy } from '../state/useRights';
import { Icon } from './Icon';

/** Facilitators: the board's rules, written to its `meta` (the server enforces them). */
export function BoardRulesPopover() {
  const { t } = useTranslation();
  const board = useBoard();
  const policy = usePolicy();
  const id = useId();
  if (board.actor.role !== 'facilitator') return null;

  const set = (patch: Partial<BoardPolicy>) => board.actions.setPolicy(patch);
  const rules: { key: string; checked: boolean; change: (on: boolean) => void }[] = [
    // participants are told who locked it, so they know whom to ask
    { key: 'locked', checked: policy.locked, change: (on) => set({ locked: on, lockedBy: board.me.name }) },
    { key: 'editAll', checked: policy.editAll, change: (on) => set({ editAll: on }) },
    // the rule reads « only their own notes », the stored flag is the opposite
    { key: 'ownMovesOnly', checked: !policy.moveAll, change: (on) => set({ moveAll: !on }) },
  ];
  return (
    <>
      <button type="button" className="tool rules-button" popoverTarget={id} aria-pressed={policy.locked} title={t('rules.title')}>
        <Icon name={policy.locked ? 'lock' : 'sliders'} />
        <span className="tool-label">{t('rules.button')}</span>
      </button>
      <div id={id} popover="auto" className="menu-popover rules-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('rules.title')}</h2>
        <p className="hint">{t('rules.intro')}</p>
        <ul className="switch-list">
          {rules.map((rule) => (
            <li key={rule.key}>
              <label className="switch">
                <input type="checkbox" role="switch" checked={rule.checked} onChange={(e) => rule.change(e.target.checked)} />
                <span>
                  <strong>{t(`rules.${rule.key}.label`)}</strong>
                  <span className="hint">{t(`rules.${rule.key}.hint`)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
