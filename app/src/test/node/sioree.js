// Drives the Sioree dialect (seeds/000, CLIENT_PROFILE=sioree) through the app's whole flow for
// SioreeFlowTest: REST with fetch, realtime with the stock socket.io-client v4.
// Usage: node sioree.js <port>
// Prints one JSON line with what happened; exits 0 when the run finished, 1 on failure or timeout.
const { io } = require('socket.io-client');

const [port] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = {};
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 25000);

const call = async (method, path, body, token) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { json = text; }
  return { status: r.status, body: json };
};
const connect = (token) => new Promise((resolve, reject) => {
  const s = io(url, { transports: ['websocket'], reconnection: false, timeout: 5000, auth: { token }, forceNew: true });
  sockets.push(s);
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});
const waitFor = (s, event) => new Promise((resolve) => s.once(event, resolve));
const record = (s, events) => {
  const seen = {};
  events.forEach((e) => { seen[e] = 0; s.on(e, () => { seen[e] += 1; }); });
  return seen;
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = Math.random().toString(36).slice(2, 10);

(async () => {
  // A host signs up (tokens at once) and creates an event.
  const host = await call('POST', '/api/auth/signup',
    { email: `host-${unique}@example.com`, password: 'SecurePass123!', name: 'LindaFlora', role: 'host' });
  result.hostSignup = { status: host.status, role: host.body.user && host.body.user.role };
  const hostToken = host.body.token;
  const hostId = host.body.user.id;
  const date = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  date.setUTCHours(20, 0, 0, 0);
  const created = await call('POST', '/api/events', {
    title: `Halloween Mansion Party ${unique}`, description: 'Costumes required', date: date.toISOString(),
    location: 'Bel Air, CA', latitude: 34.1002, longitude: -118.4595, capacity: 50,
    tags: ['House Party', 'Halloween'], isFeatured: false, images: [],
  }, hostToken);
  result.created = { status: created.status, hostId: created.body.hostId };
  const eventId = created.body.id;

  // A partier signs up, finds it by location and date, and RSVPs.
  const partier = await call('POST', '/api/auth/signup',
    { email: `partier-${unique}@example.com`, password: 'SecurePass123!', name: 'Party Pat', role: 'partier' });
  result.partierSignup = { status: partier.status, role: partier.body.user && partier.body.user.role };
  const partierToken = partier.body.token;
  const partierId = partier.body.user.id;
  const day = date.toISOString().slice(0, 10);
  const found = await call('GET', `/api/events?location=34.1,-118.46&date=${day}&page=1&limit=20`, undefined,
    partierToken);
  const listed = (found.body.events || []).find((e) => e.id === eventId);
  result.found = { status: found.status, listed: !!listed, hostName: listed && listed.hostName,
    priceText: listed && listed.priceText, total: found.body.total, page: found.body.page };
  const rsvp = await call('POST', `/api/events/${eventId}/rsvp`, { status: 'going' }, partierToken);
  result.rsvp = { status: rsvp.status, rsvpStatus: rsvp.body.status };

  // They chat with the seed's socket events.
  const hostSocket = await connect(hostToken);
  const partierSocket = await connect(partierToken);
  const hostSeen = record(hostSocket, ['message_sent', 'new_message', 'user_typing']);
  const partierSeen = record(partierSocket, ['message_sent', 'new_message', 'user_typing']);

  const confirmed = waitFor(partierSocket, 'message_sent');
  const delivered = waitFor(hostSocket, 'new_message');
  partierSocket.emit('send_message', { receiverId: hostId, text: 'Is there a dress code?' });
  result.messageSent = await confirmed;
  result.newMessage = await delivered;

  const typing = waitFor(partierSocket, 'user_typing');
  hostSocket.emit('typing', { receiverId: partierId, isTyping: true });
  result.userTyping = await typing;

  const invite = waitFor(partierSocket, 'new_message');
  hostSocket.emit('send_message', { receiverId: partierId, text: 'Costumes!', messageType: 'event_invite', eventId });
  result.invite = await invite;

  const refused = waitFor(partierSocket, 'error');
  partierSocket.emit('send_message', { receiverId: hostId, text: '' });
  result.refused = await refused;

  await pause(500); // anything sent to the wrong socket would have arrived by now
  result.hostSeen = hostSeen;
  result.partierSeen = partierSeen;

  const conversations = await call('GET', '/api/messages/conversations', undefined, hostToken);
  result.conversations = conversations.body;
  const history = await call('GET', `/api/messages/${result.messageSent.conversationId}`, undefined, hostToken);
  result.history = history.body;
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
