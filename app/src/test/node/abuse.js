// Stock socket.io-client v4 probing the abuse limits of issue 28 for RealtimeAbuseLimitsTest.
// Usage: node abuse.js flood <port> <websocket|polling> <token> <conversationId> <n>
//          sends n send_message with acks on one socket; prints {ok, limited, retryAfter, errors}
//        node abuse.js sockets <port> <token> <n>
//          opens n websocket sockets one after another; prints which got an error event and why each closed
// Prints one JSON line; exits 0 when the run finished, 1 on timeout or failure.
const { io } = require('socket.io-client');
const contract = require('./contract');

const [what, port, ...rest] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = { what };
const sockets = [];
const finish = (code) => { sockets.forEach((s) => s.close()); result.contractViolations = contract.violations; console.log(JSON.stringify(result)); process.exit(code); };
setTimeout(() => { result.timeout = true; finish(1); }, 45000);
const connect = (transport, token) => new Promise((resolve, reject) => {
  const s = io(url, { transports: [transport], reconnection: false, timeout: 5000, auth: { token }, forceNew: true });
  sockets.push(contract.watch(s));
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});

(async () => {
  await contract.load(url);
  if (what === 'flood') {
    const [transport, token, conversationId, n] = rest;
    const s = await connect(transport, token);
    Object.assign(result, { ok: 0, limited: 0, retryAfter: null, errors: 0 });
    s.on('error', () => { result.errors += 1; });
    for (let i = 0; i < Number(n); i++) {
      const ack = await s.emitWithAck('send_message', { conversationId, content: `flood ${i}`, clientMessageId: `flood-${Date.now()}-${i}` });
      if (ack && ack.success) {
        result.ok += 1;
      } else if (ack && ack.code === 'RATE_LIMITED') {
        result.limited += 1;
        result.retryAfter = ack.retryAfter;
      } else {
        result.other = ack;
      }
    }
    await new Promise((r) => setTimeout(r, 300)); // let the error events arrive
    result.stillConnected = s.connected;
  } else if (what === 'sockets') {
    const [token, n] = rest;
    result.sockets = [];
    for (let i = 0; i < Number(n); i++) {
      const s = await connect('websocket', token);
      const seen = { index: i };
      result.sockets.push(seen);
      s.on('error', (e) => { seen.error = e; });
      s.on('disconnect', (reason) => { seen.disconnect = reason; });
      await s.emitWithAck('hello', {}); // the server has registered this socket
    }
    await new Promise((r) => setTimeout(r, 1000));
    result.sockets.forEach((seen, i) => { seen.connected = sockets[i].connected; });
  }
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
