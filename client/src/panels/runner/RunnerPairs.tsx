import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunView } from '../../state/runnerView';

interface RunnerPairsProps {
  view: RunView;
  /** facilitators may swap people and add late arrivals */
  editable: boolean;
  onSwap?: (a: string, b: string) => Promise<boolean>;
  onAdd?: (participantId: string) => Promise<boolean>;
}

/**
 * The pairs in presentation order (who presents now, who has), and for facilitators: pick two
 * people of different pairs to swap them, add someone who arrived late.
 */
export function RunnerPairs({ view, editable, onSwap, onAdd }: RunnerPairsProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string[]>([]);
  const pairOf = (id: string) => view.pairs.find((p) => p.memberIds.includes(id))?.id;
  const toggle = (id: string) =>
    setPicked((current) => {
      if (current.includes(id)) return current.filter((p) => p !== id);
      // two people of two pairs: a second pick in the same pair replaces the first
      const others = current.filter((p) => pairOf(p) !== pairOf(id));
      return [...others.slice(-1), id];
    });
  const swap = async () => {
    const [a, b] = picked;
    if (a && b && onSwap && (await onSwap(a, b))) setPicked([]);
  };

  if (view.pairs.length === 0) return null;
  return (
    <div className="runner-pairs">
      <ol className="runner-pair-list" aria-label={t('runner.pairs')} data-testid="runner-pairs">
        {view.pairs.map((pair) => (
          <li key={pair.id} data-state={pair.presenting ? 'presenting' : pair.presented ? 'presented' : undefined} aria-current={pair.presenting || undefined}>
            <span className="runner-pair-name">{t(pair.names.length >= 3 ? 'runner.trio' : 'runner.pair', { number: pair.number })}</span>
            {editable
              ? pair.memberIds.map((id, i) => (
                  <button key={id} type="button" className="chip-button" aria-pressed={picked.includes(id)} onClick={() => toggle(id)}>
                    {pair.names[i]}
                  </button>
                ))
              : pair.names.join(t('runner.and'))}
            {pair.presenting && <span className="runner-pair-state">{t('runner.presentingNow')}</span>}
            {pair.presented && <span className="visually-hidden">{t('runner.presented')}</span>}
          </li>
        ))}
      </ol>
      {editable && (
        <>
          <p className="hint">{t('runner.swapHint')}</p>
          <button type="button" className="button secondary small" disabled={picked.length !== 2} onClick={() => void swap()}>
            {t('runner.swap')}
          </button>
          {view.unpaired.length > 0 && (
            <ul className="runner-unpaired" aria-label={t('runner.unpaired')}>
              {view.unpaired.map((person) => (
                <li key={person.id}>
                  {person.name}{' '}
                  <button type="button" className="button secondary small" onClick={() => void onAdd?.(person.id)}>
                    {t('runner.addToPair')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
