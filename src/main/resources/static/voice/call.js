// One browser call with a voice agent (docs/api.md, "Browser voice"): microphone and speakers through worklet.js,
// a ticket from POST /api/v1/voice/tickets, then the call's WebSocket. Everything the page shows arrives through
// onEvent: the server's JSON events, plus {type: "status"} and {type: "closed"} of our own. A call that cannot
// begin (no microphone, a refused ticket) makes start() throw.

const START = { type: 'start', format: 'pcm16le', sampleRate: 16000 };

export class VoiceCall {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.started = false;
    this.finished = false;
  }

  /** Call from a click: the audio context may start only on a user gesture. */
  async start(agentId, key) {
    if (!window.isSecureContext || !navigator.mediaDevices) {
      throw new Error('The microphone needs a secure page: open it over https or on http://localhost.');
    }
    this.context = new AudioContext();
    try {
      this.status('Asking for the microphone…');
      await this.openAudio();
      this.status('Asking for a ticket…');
      const ticket = await requestTicket(agentId, key);
      if (this.finished) {
        return; // hung up meanwhile
      }
      this.status('Connecting…');
      this.openSocket(socketUrl(ticket.url));
    } catch (failure) {
      this.release();
      throw failure;
    }
  }

  /** Ends the call: the server answers with conversation.ended and closes; a call not yet connected just stops. */
  hangUp() {
    this.started = false;
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: 'stop' }));
      this.status('Hanging up…');
      return;
    }
    if (this.socket) {
      this.socket.onclose = null;
      this.socket.close();
    }
    this.release();
    this.status('Hung up.');
    this.onEvent({ type: 'closed', code: 1000, reason: '' });
  }

  async openAudio() {
    await this.context.audioWorklet.addModule(new URL('worklet.js', import.meta.url));
    this.microphone = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
    });
    const capture = new AudioWorkletNode(this.context, 'capture', { outputChannelCount: [1] });
    capture.port.onmessage = ({ data }) => this.sendAudio(data);
    this.context.createMediaStreamSource(this.microphone).connect(capture);
    capture.connect(this.context.destination); // silent; keeps the node pulled by the graph
    this.playback = new AudioWorkletNode(this.context, 'playback', { outputChannelCount: [1] });
    this.playback.port.onmessage = ({ data }) => this.send({ type: 'playback', playedMs: data });
    this.playback.connect(this.context.destination);
    await this.context.resume();
  }

  openSocket(url) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onmessage = ({ data }) => (typeof data === 'string' ? this.received(JSON.parse(data)) : this.agentAudio(data));
    this.socket.onclose = ({ code, reason }) => {
      this.started = false;
      this.onEvent({ type: 'closed', code, reason });
      this.release();
    };
  }

  received(event) {
    if (event.type === 'ready') {
      this.socket.send(JSON.stringify(START));
      this.started = true;
    } else if (event.type === 'agent.interrupted') {
      this.playback.port.postMessage('clear');
    }
    this.onEvent(event);
  }

  agentAudio(buffer) {
    this.playback?.port.postMessage(buffer, [buffer]);
  }

  sendAudio(frame) {
    if (this.started && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(frame);
    }
  }

  send(message) {
    if (this.started && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    }
  }

  status(text) {
    this.onEvent({ type: 'status', text });
  }

  release() {
    if (this.finished) {
      return;
    }
    this.finished = true;
    this.microphone?.getTracks().forEach((track) => track.stop());
    this.context?.close();
  }
}

/** The ticket; a refusal throws with the problem document's detail. */
async function requestTicket(agentId, key) {
  const response = await fetch(new URL('../api/v1/voice/tickets', document.baseURI), {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ agentId, mode: 'CALLER' }),
  });
  if (response.ok) {
    return response.json();
  }
  const problem = await response.json().catch(() => ({}));
  throw new Error(`The ticket was refused (${response.status}): ${problem.detail || response.statusText}`);
}

/**
 * The call's WebSocket on this page's own server, with the ticket's query. The ticket's absolute URL is built from
 * SEIKETSU_PUBLIC_URL for agency websites on other hosts; this page is served by the Seiketsu that issued the
 * ticket (at <base>/voice/, the socket at <base>/ws/v1/voice), which it reaches even where that setting names
 * another host or port, as on a local run with SERVER_PORT set.
 */
function socketUrl(ticketUrl) {
  const url = new URL(`../ws/v1/voice${new URL(ticketUrl).search}`, document.baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
