/**
 * The end-of-time sound, made on the spot with Web Audio (nothing to download, works offline):
 * three soft bell tones, falling, each fading out.
 */
let context: AudioContext | null = null;

/** Browsers only let a page make sound after a click or key press: call this from one. */
export function prepareChime() {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    // No audio device: the timer still shows that time is up.
  }
}

export function playChime() {
  if (!context) prepareChime();
  const ctx = context;
  if (!ctx) return;
  const start = ctx.currentTime + 0.05;
  [880, 740, 587].forEach((frequency, i) => {
    const at = start + i * 0.45;
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.4);
    tone.connect(gain).connect(ctx.destination);
    tone.start(at);
    tone.stop(at + 1.5);
  });
}
