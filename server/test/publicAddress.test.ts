import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '@essaim/shared';
import { readConfig } from '../src/config.js';
import { useServer } from './openBoard.js';
import { request } from './request.js';

describe('PUBLIC_URL', () => {
  it('is read as the origin people open', () => {
    expect(readConfig({ PUBLIC_URL: 'https://essaim.example.org' }).publicUrl).toBe('https://essaim.example.org');
    expect(readConfig({ PUBLIC_URL: 'http://192.168.1.20:8080/' }).publicUrl).toBe('http://192.168.1.20:8080');
    expect(readConfig({ PUBLIC_URL: 'HTTPS://Essaim.Example.org:443' }).publicUrl).toBe('https://essaim.example.org');
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: '' }).publicUrl).toBeNull();
  });

  it('stops the server at startup with a clear error when it is not an http(s) address at the root', () => {
    for (const bad of ['essaim.example.org', '192.168.1.20:8080', 'ftp://essaim.example.org', 'https://essaim.example.org/atelier', 'https://essaim.example.org/?x=1', 'https://essaim.example.org/#a', 'https://anna:secret@essaim.example.org']) {
      expect(() => readConfig({ PUBLIC_URL: bad }), bad).toThrow(/^PUBLIC_URL must be the address people open, such as https:\/\/essaim\.example\.org/);
    }
  });
});

describe('GET /api/config', () => {
  it('tells the web client the public address, or null without one', async () => {
    const configured = await useServer({ publicUrl: 'https://essaim.example.org' });
    expect(await request<ClientConfig>(configured.url, '/api/config')).toMatchObject({ status: 200, body: { publicUrl: 'https://essaim.example.org' } });
    const plain = await useServer();
    expect((await request<ClientConfig>(plain.url, '/api/config')).body).toEqual({ publicUrl: null });
  });
});
