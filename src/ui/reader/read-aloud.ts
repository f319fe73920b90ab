/**
 * Read aloud with the browser's speech synthesis, paragraph by paragraph, only with a Vietnamese
 * voice: reading Vietnamese with an English voice is worse than not reading at all.
 */

export interface SpeechState {
  available: boolean;
  playing: boolean;
  index: number;
  rate: number;
}

export const RATES: readonly number[] = [0.8, 1, 1.2, 1.5];

export function findVietnameseVoice(synth: SpeechSynthesis | undefined): SpeechSynthesisVoice | null {
  if (!synth) return null;
  const voices = synth.getVoices();
  return voices.find((v) => /^vi([-_]|$)/i.test(v.lang)) ?? null;
}

export class ReadAloud {
  private state: SpeechState;
  private voice: SpeechSynthesisVoice | null;
  private readonly synth: SpeechSynthesis | undefined;

  constructor(
    private readonly paragraphs: string[],
    private readonly onChange: (state: SpeechState) => void,
    synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  ) {
    this.synth = synth;
    this.voice = findVietnameseVoice(synth);
    this.state = { available: this.voice !== null, playing: false, index: 0, rate: 1 };
    synth?.addEventListener?.('voiceschanged', this.refreshVoices);
  }

  private refreshVoices = () => {
    this.voice = findVietnameseVoice(this.synth);
    this.set({ available: this.voice !== null });
  };

  private set(patch: Partial<SpeechState>) {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  get current(): SpeechState {
    return this.state;
  }

  private speak(index: number) {
    if (!this.synth || !this.voice || index < 0 || index >= this.paragraphs.length) {
      this.set({ playing: false });
      return;
    }
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(this.paragraphs[index]);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.state.rate;
    utterance.onend = () => {
      if (this.state.playing && this.state.index === index) {
        if (index + 1 < this.paragraphs.length) this.speak(index + 1);
        else this.set({ playing: false, index: 0 });
      }
    };
    this.set({ playing: true, index });
    this.synth.speak(utterance);
  }

  play() {
    if (!this.synth || !this.voice) return;
    if (this.synth.paused) {
      this.synth.resume();
      this.set({ playing: true });
    } else this.speak(this.state.index);
  }

  pause() {
    this.synth?.pause();
    this.set({ playing: false });
  }

  next() {
    this.speak(Math.min(this.state.index + 1, this.paragraphs.length - 1));
  }

  previous() {
    this.speak(Math.max(this.state.index - 1, 0));
  }

  setRate(rate: number) {
    this.set({ rate });
    if (this.state.playing) this.speak(this.state.index);
  }

  stop() {
    this.synth?.cancel();
    this.set({ playing: false });
  }

  dispose() {
    this.stop();
    this.synth?.removeEventListener?.('voiceschanged', this.refreshVoices);
  }
}
