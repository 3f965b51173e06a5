import { describe, expect, it } from 'vitest';
import { facilitatorLink } from './facilitatorLink';
import { workshopLinkPath } from './workshopLinkPath';

describe('a pasted workshop link', () => {
  it('opens a facilitator or invitation link from any address of the server', () => {
    const link = facilitatorLink('http://192.168.1.20:8080', 'W1_ab', 'eyJ.a.b');
    expect(workshopLinkPath(`  ${link}\n`)).toBe('/atelier/W1_ab#jeton=eyJ.a.b');
    expect(workshopLinkPath('https://essaim.example.org/inviter/Sx_9-k')).toBe('/inviter/Sx_9-k');
  });

  it('refuses what would not let this device in', () => {
    for (const text of ['', 'K7M2QX', 'https://essaim.example.org/atelier/W1_ab', 'https://essaim.example.org/atelier/W1_ab/tableau-de-bord', 'https://essaim.example.org/rejoindre/K7M2QX', 'javascript:alert(1)//#jeton=x']) {
      expect(workshopLinkPath(text), text).toBeNull();
    }
  });
});
