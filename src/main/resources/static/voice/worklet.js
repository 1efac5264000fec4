// The audio thread of a browser call: the microphone to 16 kHz PCM16 frames ("capture"), and the agent's 16 kHz
// PCM16 through a small jitter buffer to the speakers ("playback"). The context runs at the device's rate (usually
// 48 kHz); both directions resample here, because Firefox cannot connect a microphone to a 16 kHz context.

const WIRE_RATE = 16000;
const FRAME_SAMPLES = 640; // 40 ms per binary message: 25 a second, well under the server's limits
const PREBUFFER_SAMPLES = 960; // 60 ms of agent audio before playing starts (and again after an underrun)
const REPORT_SECONDS = 0.25;

/** Blackman-windowed sinc low-pass taps, cutoff as a fraction of the sample rate, normalised to unity gain. */
function lowPass(cutoff, count) {
  const taps = new Float32Array(count);
  const middle = (count - 1) / 2;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const x = i - middle;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    const phase = (2 * Math.PI * i) / (count - 1);
    taps[i] = sinc * (0.42 - 0.5 * Math.cos(phase) + 0.08 * Math.cos(2 * phase));
    sum += taps[i];
  }
  return taps.map((tap) => tap / sum);
}

/** Microphone → low-pass → 16 kHz (linear interpolation between filtered samples) → Int16 frames to the page. */
class Capture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.step = sampleRate / WIRE_RATE; // input samples per output sample
    this.taps = this.step > 1 ? lowPass(7000 / sampleRate, 63) : new Float32Array([1]);
    this.history = new Float32Array(this.taps.length);
    this.at = 0;
    this.next = 0; // where the next output sample falls, in input samples after the previous input sample
    this.previous = 0;
    this.frame = new Int16Array(FRAME_SAMPLES);
    this.filled = 0;
  }

  process(inputs) {
    const channel = inputs[0][0];
    if (channel) {
      for (let i = 0; i < channel.length; i++) {
        const filtered = this.filter(channel[i]);
        while (this.next <= 1) {
          this.emit(this.previous + (filtered - this.previous) * this.next);
          this.next += this.step;
        }
        this.next -= 1;
        this.previous = filtered;
      }
    }
    return true;
  }

  filter(sample) {
    const { taps, history } = this;
    history[this.at] = sample;
    this.at = (this.at + 1) % history.length;
    let sum = 0;
    for (let i = 0, j = this.at; i < taps.length; i++, j = j + 1 === history.length ? 0 : j + 1) {
      sum += taps[i] * history[j];
    }
    return sum;
  }

  emit(sample) {
    const clipped = Math.max(-1, Math.min(1, sample));
    this.frame[this.filled++] = clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff;
    if (this.filled === FRAME_SAMPLES) {
      const buffer = this.frame.buffer;
      this.port.postMessage(buffer, [buffer]);
      this.frame = new Int16Array(FRAME_SAMPLES);
      this.filled = 0;
    }
  }
}

/**
 * The agent's voice: a ring of 16 kHz samples, played at the context's rate by linear interpolation once 60 ms are
 * buffered; an underrun plays silence until 60 ms are there again. "clear" (the caller interrupted) drops what is
 * buffered at once. Every 250 ms it tells the page how much agent audio it has played in all (playedMs).
 */
class Playback extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ring = new Float32Array(WIRE_RATE * 30);
    this.read = 0; // position in samples written so far; fractional between two samples
    this.written = 0;
    this.played = 0;
    this.playing = false;
    this.step = WIRE_RATE / sampleRate;
    this.reported = 0;
    this.port.onmessage = ({ data }) => (data === 'clear' ? this.clear() : this.push(new Int16Array(data)));
  }

  push(pcm) {
    const room = this.ring.length - (this.written - Math.floor(this.read)) - 1;
    const count = Math.min(pcm.length, room); // a client this far behind drops the newest audio
    for (let i = 0; i < count; i++) {
      this.ring[(this.written + i) % this.ring.length] = pcm[i] / 0x8000;
    }
    this.written += count;
  }

  clear() {
    this.read = this.written;
    this.playing = false;
  }

  process(inputs, outputs) {
    const out = outputs[0][0];
    if (!this.playing && this.written - this.read >= PREBUFFER_SAMPLES) {
      this.playing = true;
    }
    for (let i = 0; this.playing && i < out.length; i++) {
      if (this.written - this.read < 2) {
        this.playing = false; // underrun: the rest of this quantum stays silent
        break;
      }
      const at = Math.floor(this.read);
      const a = this.ring[at % this.ring.length];
      const b = this.ring[(at + 1) % this.ring.length];
      out[i] = a + (b - a) * (this.read - at);
      this.read += this.step;
      this.played += this.step;
    }
    if (currentTime - this.reported >= REPORT_SECONDS) {
      this.reported = currentTime;
      this.port.postMessage(Math.floor((this.played * 1000) / WIRE_RATE));
    }
    return true;
  }
}

registerProcessor('capture', Capture);
registerProcessor('playback', Playback);
