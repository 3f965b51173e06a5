import { describe, expect, it } from 'vitest';
import { useEssaim } from '../fixtures/useEssaim.js';

// Room for one long note, not two: the second one's text is what the server refuses. A long note
// is one the editor still takes whole (500 characters at most).
const MAX_BOARD_BYTES = 1300;
const LONG = 'Mobilité solidaire en zone rurale. '.repeat(13).trim();

describe('a full board', () => {
  const essaim = useEssaim({ MAX_BOARD_BYTES: String(MAX_BOARD_BYTES) });
  const person = () => essaim.person();

  it('says what to do, drops what did not fit and stays connected instead of retrying it', async () => {
    const facilitator = await person();
    const code = await facilitator.createWorkshop('Atelier bien rempli');
    const participant = await person();
    await participant.join(code, 'Nour');
    await participant.addNote(`A — ${LONG}`);
    await facilitator.waitForNote(`A — ${LONG}`);

    // typed text goes out as it is typed: the server's refusal can come while the editor is still open
    await participant.page.getByRole('button', { name: 'Nouvelle note' }).click();
    await participant.page.getByTestId('note-editor').fill(`B — ${LONG}`);
    await participant.page.getByText('Ce tableau est plein', { exact: false }).first().waitFor({ timeout: 15_000 });
    // reopened from the server's state: the refused text is gone here too, and the board works on
    await participant.waitConnected();
    await participant.page.waitForFunction(() => !document.querySelector('[data-testid="notes-list"]')?.textContent?.includes('B — '));
    expect((await participant.noteTexts()).some((t) => t.startsWith('B — '))).toBe(false);
    expect((await facilitator.noteTexts()).some((t) => t.startsWith('B — '))).toBe(false);
    // a short note still fits, and goes through on the reopened board
    await participant.addNote('C');
    await facilitator.waitForNote('C');
  });
});
