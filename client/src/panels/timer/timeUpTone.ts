let context: AudioContext | null = null;

/** The page's audio context, created and woken on demand; null where the browser has none. */
function audio(): AudioContext | null {
  try {
    context ??= new AudioContext();
  } catch {
    return null;
  }
  // a page may sound only after a gesture: resuming inside one (turning the sound on, any tap) unlocks it
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  return context;
}

/** Called from a user gesture, so that the tone at the end may play later. */
export function primeTone(): void {
  audio();
}

/** Two soft notes, rising: the end of a countdown, generated rather than loaded. */
export function playTimeUpTone(): void {
  const ctx = audio();
  if (!ctx) return;
  const start = ctx.currentTime + 0.05;
  [660, 880].forEach((frequency, i) => {
    const at = start + i * 0.3;
    const oscillator = ctx.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const gain = ctx.createGain();
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.7);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.75);
  });
}
