import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardMaps, parseGroup, parseLink, readNotes, type Group, type Link, type Note } from '@essaim/shared';
import type { BoardPage } from '../fixtures/BoardPage.js';
import { onPage, drawnNotes, type WindowWithKonva } from '../fixtures/pageStage.js';
import { withBoard } from '../fixtures/readBoard.js';
import { useEssaim } from '../fixtures/useEssaim.js';
import { writeNotes } from '../fixtures/writeNotes.js';

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname;
const screenshot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });

interface Board {
  notes: Note[];
  groups: Group[];
  links: Link[];
}



/** The texts drawn on cluster titles. */
function clusterTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    return (stage.find('.cluster-title-text') as unknown as { text(): string }[]).map((n) => n.text());
  });
}

/** The points of every arrow drawn. */
function drawnArrows(page: Page): Promise<number[][]> {
  return page.evaluate(() => {
    const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
    return (stage.find('.link-arrow') as unknown as { points(): number[] }[]).map((n) => n.points());
  });
}

/** Press, move in steps, release: a drag as a hand does it. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + (dx * i) / 10, from.y + (dy * i) / 10);
  await page.mouse.up();
}

const centre = (n: Note) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

describe('clusters and links, two people', () => {
  const essaim = useEssaim();

  async function twoPeople(title: string): Promise<{ facilitator: BoardPage; lina: BoardPage; read(): Promise<Board>; linaBoard: { workshopId: string; roomId: string; token: string; participantId: string } }> {
    const facilitator = await essaim.person({ viewport: { width: 1280, height: 800 } });
    const code = await facilitator.createWorkshop(title);
    const lina = await essaim.person({ viewport: { width: 1280, height: 800 } });
    await lina.join(code, 'Lina');
    const workshopId = lina.workshopId();
    const session = await lina.session(workshopId);
    const linaBoard = { workshopId, roomId: session.roomId, token: session.token, participantId: session.participantId };
    const read = () =>
      withBoard(essaim.server.url, workshopId, session.roomId, session.token, (doc) => {
        const { groups, links } = boardMaps(doc);
        return {
          notes: readNotes(doc),
          groups: [...groups.values()].flatMap((v) => parseGroup(v) ?? []),
          links: [...links.values()].flatMap((v) => parseLink(v) ?? []),
        };
      });
    return { facilitator, lina, read, linaBoard };
  }

  it('a cluster of four notes is made, titled, and moved by its title: the notes follow on both screens', async () => {
    const { facilitator, lina, read, linaBoard } = await twoPeople('Atelier mobilité — regroupements');
    const t0 = Date.UTC(2025, 2, 1, 9);
    const texts = ['Bus à la demande', 'Covoiturage solidaire', 'Pistes cyclables', 'Garage associatif'];
    await writeNotes(essaim.server.url, linaBoard, [
      ...texts.map((text, i) => ({ text, color: 'yellow' as const, x: 100 + (i % 2) * 200, y: 100 + Math.floor(i / 2) * 200, createdAt: t0 + i })),
      { text: 'Hors groupe', color: 'blue' as const, x: 700, y: 100, createdAt: t0 + 10 },
    ]);
    for (const p of [facilitator, lina]) {
      for (const text of [...texts, 'Hors groupe']) await p.waitForNote(text);
      await p.page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    }

    // Lina selects the four notes on the canvas (click, then shift-clicks) and groups them
    const before = await read();
    const members = texts.map((text) => before.notes.find((n) => n.text === text)!);
    const { page } = lina;
    for (const [i, note] of members.entries()) {
      const at = await onPage(page, centre(note));
      if (i > 0) await page.keyboard.down('Shift');
      await page.mouse.click(at.x, at.y);
      if (i > 0) await page.keyboard.up('Shift');
    }
    await page.getByRole('button', { name: 'Regrouper' }).click();
    const title = page.getByTestId('cluster-title-input');
    await title.waitFor();
    await title.fill('Transports');
    await title.press('Enter');
    await title.waitFor({ state: 'detached' });

    await expect.poll(async () => (await read()).groups.map((g) => g.title)).toEqual(['Transports']);
    const grouped = await read();
    const groupId = grouped.groups[0]!.id;
    expect(grouped.notes.filter((n) => n.groupId === groupId).map((n) => n.text).sort()).toEqual([...texts].sort());
    expect(grouped.notes.find((n) => n.text === 'Hors groupe')!.groupId ?? null).toBeNull();

    // both screens show the cluster with its title and count
    for (const p of [lina, facilitator]) await expect.poll(() => clusterTitles(p.page)).toEqual(['Transports · 4']);
    await screenshot(facilitator.page, 'cluster-made-facilitator');

    // Lina drags the title: the four notes move, live and once dropped, the other note stays
    const tab = await page.evaluate(() => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      const box = stage.container().getBoundingClientRect();
      const r = stage.find('.cluster-title')[0]!.getClientRect();
      return { x: box.left + r.x + r.width * 0.6, y: box.top + r.y + r.height / 2 };
    });
    const scale = await page.evaluate(() => (window as unknown as WindowWithKonva).Konva.stages[0]!.scaleX());
    await drag(page, tab, 240, 160);

    const dx = 240 / scale;
    const dy = 160 / scale;
    await expect
      .poll(async () => {
        const now = await read();
        return members.map((m) => {
          const n = now.notes.find((x) => x.id === m.id)!;
          return [Math.round(n.x - m.x - dx), Math.round(n.y - m.y - dy)];
        });
      })
      .toEqual(members.map(() => [0, 0]));
    const moved = await read();
    const other = before.notes.find((n) => n.text === 'Hors groupe')!;
    expect(moved.notes.find((n) => n.id === other.id)).toMatchObject({ x: other.x, y: other.y });
    expect(moved.notes.filter((n) => n.groupId === groupId)).toHaveLength(4);

    // each screen draws the notes where the document has them
    for (const p of [lina, facilitator]) {
      await expect
        .poll(async () => {
          const drawn = await drawnNotes(p.page);
          return members.map((m) => {
            const n = moved.notes.find((x) => x.id === m.id)!;
            const d = drawn[m.id];
            return d ? Math.round(Math.abs(d.x - n.x) + Math.abs(d.y - n.y)) : null;
          });
        })
        .toEqual(members.map(() => 0));
    }
    await screenshot(facilitator.page, 'cluster-moved-facilitator');
    await screenshot(lina.page, 'cluster-moved-lina');

    // folded, the cluster is a card and its notes are not drawn; unfolded, they are back
    await page.evaluate(() => {
      const stage = (window as unknown as WindowWithKonva).Konva.stages[0]!;
      (stage.find('.cluster-toggle')[0] as unknown as { fire(name: string): void }).fire('click');
    });
    await expect.poll(async () => (await read()).groups[0]!.collapsed).toBe(true);
    await expect.poll(async () => Object.keys(await drawnNotes(facilitator.page)).filter((id) => members.some((m) => m.id === id))).toEqual([]);
    await screenshot(facilitator.page, 'cluster-folded-facilitator');
  });

  it('a link stays attached to a note the other person moves', async () => {
    const { facilitator, lina, read, linaBoard } = await twoPeople('Arbre à problèmes — liens');
    const t0 = Date.UTC(2025, 2, 1, 10);
    await writeNotes(essaim.server.url, linaBoard, [
      { text: 'Manque de bus le soir', color: 'orange', x: 100, y: 300, createdAt: t0 },
      { text: 'Isolement des jeunes', color: 'pink', x: 500, y: 100, createdAt: t0 + 1 },
    ]);
    for (const p of [facilitator, lina]) {
      for (const text of ['Manque de bus le soir', 'Isolement des jeunes']) await p.waitForNote(text);
      await p.page.getByRole('button', { name: 'Ajuster au contenu' }).click();
    }
    const before = await read();
    const cause = before.notes.find((n) => n.text === 'Manque de bus le soir')!;
    const problem = before.notes.find((n) => n.text === 'Isolement des jeunes')!;

    // the facilitator selects the cause, then the problem, and links them with L
    const { page } = facilitator;
    const a = await onPage(page, centre(cause));
    const b = await onPage(page, centre(problem));
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await page.keyboard.press('l');
    const panel = page.getByTestId('link-panel');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Cause', exact: true }).click();
    await panel.getByRole('textbox', { name: 'Texte de la flèche' }).fill('aggrave');
    await panel.getByRole('textbox', { name: 'Texte de la flèche' }).press('Enter');
    await expect
      .poll(async () => (await read()).links.map(({ from, to, kind, label }) => ({ from, to, kind, label })))
      .toEqual([{ from: cause.id, to: problem.id, kind: 'cause', label: 'aggrave' }]);
    await expect.poll(() => panel.textContent()).toContain('«\u00a0Manque de bus le soir\u00a0» est une cause de «\u00a0Isolement des jeunes\u00a0»');

    // Lina moves the problem; on the facilitator's screen the arrow still ends at its edge
    const at = await onPage(lina.page, centre(problem));
    await drag(lina.page, at, 260, 200);
    await expect.poll(async () => (await read()).notes.find((n) => n.id === problem.id)!.x).not.toBe(problem.x);
    const after = await read();
    const movedProblem = after.notes.find((n) => n.id === problem.id)!;
    const inside = (n: Note, p: { x: number; y: number }, grow: number) => p.x >= n.x - grow && p.x <= n.x + n.width + grow && p.y >= n.y - grow && p.y <= n.y + n.height + grow;
    const attached = async () => {
      const [arrow] = await drawnArrows(page);
      if (!arrow) return 'no arrow';
      const start = { x: arrow[0]!, y: arrow[1]! };
      const end = { x: arrow[2]!, y: arrow[3]! };
      // just outside each box, within the gap left at the ends
      return {
        startAtCause: inside(cause, start, 8) && !inside(cause, start, -1),
        endAtProblem: inside(movedProblem, end, 8) && !inside(movedProblem, end, -1),
      };
    };
    await expect.poll(attached).toEqual({ startAtCause: true, endAtProblem: true });
    await expect.poll(async () => (await drawnArrows(lina.page)).length).toBe(1);
    await screenshot(page, 'link-after-move-facilitator');
    await screenshot(lina.page, 'link-after-move-lina');
  });
});
