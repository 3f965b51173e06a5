import type { Point } from '@essaim/shared';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const MARGIN = 8;

/**
 * What a floating menu does around itself: placed at `at` but kept inside the window, the
 * first item focused when it opens (and when `view` changes, a submenu), the focus given back
 * to where it was when it closes, and closed by a press outside it, a resize or leaving the window.
 */
export function useMenuBehaviour(root: RefObject<HTMLElement | null>, open: boolean, at: Point | null, view: unknown, close: () => void): void {
  const returnFocus = useRef<Element | null>(null);
  const closeRef = useRef(close);
  closeRef.current = close;

  useLayoutEffect(() => {
    const el = root.current;
    if (!open || !el || !at) return;
    if (returnFocus.current === null) returnFocus.current = document.activeElement;
    const { width, height } = el.getBoundingClientRect();
    el.style.setProperty('--menu-x', `${Math.max(MARGIN, Math.min(at.x, window.innerWidth - width - MARGIN))}px`);
    el.style.setProperty('--menu-y', `${Math.max(MARGIN, Math.min(at.y, window.innerHeight - height - MARGIN))}px`);
    el.querySelector<HTMLElement>('[role^="menuitem"]')?.focus({ preventScroll: true });
  }, [root, open, at, view]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !root.current?.contains(e.target)) closeRef.current();
    };
    const onClose = () => closeRef.current();
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onClose);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onClose);
      window.removeEventListener('blur', onClose);
      // the focus goes back where it was (a notes list button, the toolbar), unless an item moved it on (the editor)
      const back = returnFocus.current;
      returnFocus.current = null;
      const active = document.activeElement;
      const lost = active === null || active === document.body || (root.current?.contains(active) ?? false);
      if (lost && back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
    };
  }, [root, open]);
}

/** Arrow keys, Home and End move the focus among the items of a menu; true when the key was one of those. */
export function moveMenuFocus(menu: HTMLElement | null, key: string): boolean {
  const all = [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  if (all.length === 0) return false;
  const at = all.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[key];
  if (next === undefined) return false;
  all[(next + all.length) % all.length]!.focus();
  return true;
}
