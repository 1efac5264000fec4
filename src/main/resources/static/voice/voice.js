// The browser voice page: the form, the transcript and the turn timings of one call at a time (call.js).
import { VoiceCall } from './call.js';

const $ = (id) => document.getElementById(id);
const form = $('call');
const talk = $('talk');
const hangUp = $('hang-up');
const transcript = $('transcript');
const hearing = $('hearing');
const timings = $('timings').tBodies[0];
const TIMINGS = ['endpointMs', 'sttMs', 'thinkMs', 'ttsFirstAudioMs', 'responseMs'];
const CLOSE_REASONS = { 1008: 'refused by policy', 1009: 'message too large', 1011: 'server error' };

let call = null;
let agentEntry = null; // the agent's turn being spoken: its sentences are added to it

// The fragment never reaches the server or its logs: #agent=<id>&key=<pk_...>
const given = new URLSearchParams(location.hash.slice(1));
$('agent').value = given.get('agent') ?? '';
$('key').value = given.get('key') ?? '';

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (call) {
    return;
  }
  clear();
  const current = new VoiceCall(show);
  call = current;
  connected(true);
  try {
    await current.start($('agent').value.trim(), $('key').value.trim());
  } catch (failure) {
    if (call === current) { // not hung up meanwhile
      fail(failure.message);
      finished();
    }
  }
});

hangUp.addEventListener('click', () => call?.hangUp());

function show(event) {
  switch (event.type) {
    case 'status':
      return status(event.text);
    case 'ready':
      return status('In a call: speak any time.');
    case 'transcript':
      return event.role === 'caller' ? callerSaid(event) : agentSaid(event.text);
    case 'agent.interrupted':
      agentEntry = null;
      return note(`Interrupted; you heard: “${event.heardText}”`);
    case 'turn.metrics':
      return metrics(event);
    case 'conversation.ended':
      return status(`Call ended: ${event.outcome}${event.leadId ? `, lead ${event.leadId}` : ''}.`);
    case 'error':
      return fail(`${event.code}: ${event.message}`);
    case 'closed':
      if (event.code !== 1000) {
        // after the error event that explains it, if there was one
        fail(`${$('error').textContent} The connection closed (${event.code}${describe(event)}).`.trim());
        status('Not connected.');
      }
      return finished();
  }
}

function callerSaid({ text, final }) {
  if (!final) {
    hearing.textContent = text;
    return;
  }
  hearing.textContent = '';
  agentEntry = null;
  if (text.trim()) {
    entry('caller', 'You').append(` ${text}`);
  }
}

function agentSaid(sentence) {
  agentEntry ??= entry('agent', 'Agent');
  agentEntry.append(` ${sentence}`);
}

function note(text) {
  entry('note').append(text);
}

function entry(role, speaker) {
  const item = document.createElement('li');
  item.dataset.role = role;
  if (speaker) {
    const label = document.createElement('strong');
    label.textContent = `${speaker}:`;
    item.append(label);
  }
  transcript.append(item);
  return item;
}

function metrics(event) {
  const row = timings.insertRow();
  row.insertCell().textContent = String(timings.rows.length);
  for (const name of TIMINGS) {
    row.insertCell().textContent = event[name] ?? '–';
  }
}

function describe({ code, reason }) {
  const why = reason || CLOSE_REASONS[code];
  return why ? `: ${why}` : '';
}

function status(text) {
  $('status').textContent = text;
}

function fail(text) {
  $('error').textContent = text;
}

function connected(busy) {
  talk.disabled = busy;
  hangUp.disabled = !busy;
}

function finished() {
  call = null;
  agentEntry = null;
  hearing.textContent = '';
  connected(false);
}

function clear() {
  fail('');
  transcript.replaceChildren();
  timings.replaceChildren();
}
