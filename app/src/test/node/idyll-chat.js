// Drives seeds/003's /ws/chat with the stock socket.io-client v4 configured with path '/ws/chat'
// (TeamChatSocketTest, issue 22 §2). Usage: node idyll-chat.js <port> <tokenA> <userIdA> <tokenB> <userIdB>
// A connects with the default transports (long-polling, then the WebSocket upgrade), B over WebSocket only.
// Prints one JSON line with what happened; exits 0 when the run finished, 1 on failure or timeout.
const { io } = require('socket.io-client');

const [port, tokenA, userA, tokenB, userB] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = {};
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 20000);

const connect = (token, transports) => new Promise((resolve, reject) => {
  const options = { path: '/ws/chat', reconnection: false, timeout: 5000, auth: { token }, forceNew: true };
  if (transports) options.transports = transports;
  const s = io(url, options);
  sockets.push(s);
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});
const waitFor = (s, event, test = () => true) => new Promise((resolve) => {
  const handler = (data) => { if (test(data)) { s.off(event, handler); resolve(data); } };
  s.on(event, handler);
});
const emit = (s, event, data) => new Promise((resolve) => s.emit(event, data, resolve));

(async () => {
  const a = await connect(tokenA);
  const b = await connect(tokenB, ['websocket']);
  result.connected = true;

  const joinedA = await emit(a, 'join_room', { userId: userA, role: 'admin' });
  result.joinA = { user: joinedA.data.user };

  const refusal = waitFor(a, 'error');
  await emit(a, 'join_room', { userId: userB, role: 'member' });
  result.refused = await refusal;

  const seenByA = waitFor(a, 'user_joined', (d) => d.user && d.user.id === userB);
  await emit(b, 'join_room', { userId: userB, role: 'admin' });
  result.userJoined = await seenByA;

  const messageAtA = waitFor(a, 'new_message');
  const ack = await emit(b, 'send_message', { message: 'Hello team', sender: 'someone else' });
  result.ack = ack;
  result.newMessage = await messageAtA;

  const leftAtA = waitFor(a, 'user_left', (d) => d.user && d.user.id === userB);
  b.close();
  result.userLeft = await leftAtA;
  result.transport = a.io.engine.transport.name;
  finish(0);
})().catch((e) => { result.failure = String(e && (e.message || e)); finish(1); });
