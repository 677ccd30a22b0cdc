// Drives the stock socket.io-client v4 against the running app for SocketIoRealtimeTest.
// Usage: node script.js <port> <conversationId> <tokenA> <tokenB> [websocket|polling|upgrade]
// Prints one JSON line with what happened, exits 0 when the run finished, 1 on timeout.
const { io } = require('socket.io-client');
const contract = require('./contract');

const [port, conversationId, tokenA, tokenB, mode = 'websocket'] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const transports = mode === 'polling' ? ['polling'] : mode === 'upgrade' ? ['polling', 'websocket'] : ['websocket'];
const opts = { transports, upgrade: mode !== 'polling', reconnection: false, timeout: 5000 };
const result = { mode };
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  result.contractViolations = contract.violations;
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 20000);

const connect = (options) => new Promise((resolve, reject) => {
  const s = io(url, { ...opts, ...options, forceNew: true });
  sockets.push(contract.watch(s));
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});
const waitFor = (s, event, test = () => true) => new Promise((resolve) => {
  const handler = (data) => { if (test(data)) { s.off(event, handler); resolve(data); } };
  s.on(event, handler);
});

(async () => {
  result.step = 'contract';
  await contract.load(url);
  result.step = 'connect a';
  const a = await connect({ auth: { token: tokenA } });
  result.step = 'connect b';
  const b = await connect({ query: { token: tokenB } });
  result.connected = true;
  result.step = 'join';
  result.joinA = await a.emitWithAck('join_conversation', { conversationId });
  result.joinB = await b.emitWithAck('join_conversation', { conversationId });

  result.step = 'typing';
  const typing = waitFor(b, 'user_typing');
  a.emit('typing_start', { conversationId });
  result.typing = await typing;

  result.step = 'send';
  const received = waitFor(b, 'message_sent');
  const newMessage = waitFor(b, 'new_message');
  result.ack = await a.emitWithAck('send_message', { conversationId, content: 'hello from socket.io', clientMessageId: `sio-${Date.now()}` });
  result.received = await received;
  result.newMessage = await newMessage;

  result.step = 'read receipt';
  const receipt = waitFor(a, 'message_read');
  result.readAck = await b.emitWithAck('message_read', { messageId: result.received.id });
  result.receipt = await receipt;

  result.step = 'unknown event';
  const unknown = waitFor(a, 'error');
  a.emit('no_such_event', {});
  result.unknown = await unknown;
  result.stillConnected = a.connected;
  result.transport = a.io.engine.transport.name;

  result.step = 'bad auth';
  const bad = io(url, { ...opts, auth: { token: 'not-a-token' }, forceNew: true });
  sockets.push(bad);
  result.badAuth = await new Promise((resolve) => {
    const seen = {};
    bad.on('error', (e) => { seen.error = e; });
    bad.on('disconnect', (reason) => { seen.disconnect = reason; resolve(seen); });
    bad.on('connect_error', (e) => { seen.connectError = e.message; seen.connectErrorData = e.data; resolve(seen); });
  });
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
