// Drives the Sioree dialect (seeds/000, CLIENT_PROFILE=sioree) through a PAID event for SioreeTicketFlowTest:
// the partier buys a ticket through the native ticket routes with the seed's bearer token (the seed has no
// ticket routes), paid by the host recording it (manual gateway) or by Stripe's signed payment_intent.succeeded
// webhook (stripe gateway faked by WireMock); then the reminder job runs through the admin port and the host
// invites the partier over the seed socket (event_invite).
// Usage: node sioree-tickets.js <port> <adminPort> manual
//        node sioree-tickets.js <port> <adminPort> stripe <webhookSecret> <paymentIntentId>
// Prints one JSON line with what happened; exits 0 when the run finished, 1 on failure or timeout.
const crypto = require('crypto');
const { io } = require('socket.io-client');

const [port, adminPort, mode, webhookSecret, intentId] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = { mode };
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 40000);

const call = async (method, path, body, token, headers = {}, base = url) => {
  const all = { 'Content-Type': 'application/json', ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  const raw = typeof body === 'string' ? body : (body === undefined ? undefined : JSON.stringify(body));
  const r = await fetch(base + path, { method, headers: all, body: raw });
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
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = Math.random().toString(36).slice(2, 10);

// Stripe's webhook: an Event wrapping the succeeded PaymentIntent, signed t=…,v1=HMAC-SHA256(secret, t.body).
const stripeSucceeded = (ticketId, amount) => {
  const body = JSON.stringify({
    id: `evt_${crypto.randomUUID().replace(/-/g, '')}`, object: 'event', api_version: '2025-04-30.basil',
    created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1,
    request: { id: null, idempotency_key: null }, type: 'payment_intent.succeeded',
    data: { object: {
      id: intentId, object: 'payment_intent', amount, amount_received: amount, capture_method: 'automatic',
      client_secret: `${intentId}_secret_x`, confirmation_method: 'automatic', created: 1680800504, currency: 'usd',
      livemode: false, metadata: { orderId: ticketId }, payment_method_types: ['card'], status: 'succeeded',
      transfer_group: ticketId,
    } },
  });
  const t = Math.floor(Date.now() / 1000);
  const v1 = crypto.createHmac('sha256', webhookSecret).update(`${t}.${body}`).digest('hex');
  return call('POST', '/api/v1/payments/webhooks/stripe', body, null, { 'Stripe-Signature': `t=${t},v1=${v1}` });
};

// The reminder job, run as an operator would on the admin port; waits for the run to finish.
const runReminders = async () => {
  const started = await call('POST', '/tasks/event-reminders', undefined, null, {}, `http://127.0.0.1:${adminPort}`);
  for (let i = 0; i < 100; i += 1) {
    const runs = await call('GET', '/tasks/runs?limit=100&job=event-reminders', undefined, null, {},
      `http://127.0.0.1:${adminPort}`);
    const list = Array.isArray(runs.body) ? runs.body : (runs.body.runs || runs.body.items || []);
    const run = list.find((r) => r.id === started.body.runId || r.runId === started.body.runId);
    if (run && run.status !== 'RUNNING') return { status: started.status, run: run.status };
    await pause(200);
  }
  return { status: started.status, run: 'unfinished' };
};

(async () => {
  // A host signs up and creates a paid event starting within 24 h.
  const host = await call('POST', '/api/auth/signup',
    { email: `host-${unique}@example.com`, password: 'SecurePass123!', name: 'Ticket Host', role: 'host' });
  const hostToken = host.body.token;
  const hostId = host.body.user.id;
  const date = new Date(Date.now() + 20 * 3600 * 1000);
  date.setUTCSeconds(0, 0);
  const created = await call('POST', '/api/events', {
    title: `Paid Rooftop ${unique}`, description: 'DJ all night', date: date.toISOString(),
    location: 'Santa Monica, CA', latitude: 34.0195, longitude: -118.4912, capacity: 10, ticketPrice: 25,
    tags: ['Rooftop'], isFeatured: false, images: [],
  }, hostToken);
  result.created = { status: created.status, priceText: created.body.priceText, hostId: created.body.hostId };
  const eventId = created.body.id;

  // The partier signs up and buys a ticket through the native route with the seed's token.
  const partier = await call('POST', '/api/auth/signup',
    { email: `partier-${unique}@example.com`, password: 'SecurePass123!', name: 'Ticket Pat', role: 'partier' });
  const partierToken = partier.body.token;
  const partierId = partier.body.user.id;
  const bought = await call('POST', `/api/v1/events/${eventId}/tickets`, '', partierToken,
    { 'Idempotency-Key': `buy-${unique}` });
  const ticket = bought.body.data || {};
  result.bought = { status: bought.status, ticketStatus: ticket.status, provider: ticket.provider,
    clientSecret: ticket.clientSecret || null };
  const before = await call('GET', `/api/events/${eventId}`, undefined, partierToken);
  result.goingBeforePayment = before.body.isGoing;

  if (mode === 'stripe') {
    const delivered = await stripeSucceeded(ticket.id, 2500);
    result.paid = { status: delivered.status };
  } else {
    const recorded = await call('POST', `/api/v1/events/${eventId}/tickets/${ticket.id}/payment`, {}, hostToken);
    result.paid = { status: recorded.status, ticketStatus: recorded.body.data && recorded.body.data.status };
  }
  const after = await call('GET', `/api/events/${eventId}`, undefined, partierToken);
  result.detail = { status: after.status, isGoing: after.body.isGoing, myStatus: after.body.myStatus,
    goingCount: after.body.goingCount };

  // The reminder: the job runs with the event starting within 24 h; the partier's notifications list it.
  result.reminderRun = await runReminders();
  const notifications = await call('GET', '/api/v1/notifications?limit=50', undefined, partierToken);
  const items = (notifications.body.data && notifications.body.data.items) || [];
  const reminder = items.find((n) => n.type === 'EVENT_REMINDER');
  result.reminder = { status: notifications.status, found: !!reminder, title: reminder && reminder.title,
    message: reminder && reminder.message };

  // The host invites the partier over the seed socket; the partier's new_message carries the event.
  const hostSocket = await connect(hostToken);
  const partierSocket = await connect(partierToken);
  const confirmed = waitFor(hostSocket, 'message_sent');
  const delivered = waitFor(partierSocket, 'new_message');
  hostSocket.emit('send_message', { receiverId: partierId, messageType: 'event_invite', eventId });
  result.inviteSent = await confirmed;
  result.invite = await delivered;
  result.eventId = eventId;
  result.hostId = hostId;
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
