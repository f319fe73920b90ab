import { describe, expect, it } from 'vitest';
import { ReadAloud, findVietnameseVoice, type SpeechState } from '../../../src/ui/reader/read-aloud.ts';

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  constructor(public text: string) {}
}
(globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = FakeUtterance;

function fakeSynth(voices: { lang: string; name: string }[]) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    paused: false,
    getVoices: () => voices,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => undefined,
    pause() {
      this.paused = true;
    },
    resume() {
      this.paused = false;
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken };
}

describe('read aloud', () => {
  it('uses only a Vietnamese voice', () => {
    expect(findVietnameseVoice(fakeSynth([{ lang: 'en-US', name: 'A' }]).synth)).toBeNull();
    expect(
      findVietnameseVoice(
        fakeSynth([
          { lang: 'en-US', name: 'A' },
          { lang: 'vi-VN', name: 'An' },
        ]).synth,
      )?.name,
    ).toBe('An');
    expect(findVietnameseVoice(undefined)).toBeNull();
  });

  it('without a Vietnamese voice it reports unavailable and speaks nothing', () => {
    const { synth, spoken } = fakeSynth([{ lang: 'en-US', name: 'A' }]);
    const states: SpeechState[] = [];
    const r = new ReadAloud(['Một.', 'Hai.'], (s) => states.push(s), synth);
    expect(r.current.available).toBe(false);
    r.play();
    expect(spoken).toHaveLength(0);
  });

  it('reads paragraph by paragraph, with next, previous, rate and pause', () => {
    const { synth, spoken } = fakeSynth([{ lang: 'vi-VN', name: 'An' }]);
    const r = new ReadAloud(['Một.', 'Hai.', 'Ba.'], () => undefined, synth);
    r.play();
    expect(spoken.map((u) => u.text)).toEqual(['Một.']);
    expect(spoken[0]?.lang).toBe('vi-VN');
    spoken[0]?.onend!();
    expect(spoken.at(-1)!.text).toBe('Hai.');
    expect(r.current.index).toBe(1);
    r.next();
    expect(spoken.at(-1)!.text).toBe('Ba.');
    r.previous();
    expect(spoken.at(-1)!.text).toBe('Hai.');
    r.setRate(1.5);
    expect(spoken.at(-1)!.rate).toBe(1.5);
    r.pause();
    expect(r.current.playing).toBe(false);
    r.play();
    expect(r.current.playing).toBe(true);
  });
});
