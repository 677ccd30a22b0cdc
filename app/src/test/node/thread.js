// Two stock socket.io-client v4 users in a thread (issue 27, ThreadRepliesTest): Alice replies to a
// message with send_message {replyToId} and reacts to it over REST; Bob's socket sees thread_reply and
// reaction_added. Usage: node thread.js <port> <conversationId> <parentId> <aliceToken> <bobToken>
// Prints one JSON line; exits 0 when the run finished, 1 on failure or timeout.
const { io } = require('socket.io-client');

const [port, conversationId, parentId, aliceToken, bobToken] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = {};
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 20000);

const connect = (token) => new Promise((resolve, reject) => {
  const s = io(url, { transports: ['websocket'], reconnection: false, timeout: 5000, auth: { token }, forceNew: true });
  sockets.push(s);
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});
const emit = (s, event, data) => new Promise((resolve) => s.emit(event, data, resolve));
const waitFor = (s, event) => new Promise((resolve) => s.once(event, resolve));

(async () => {
  const alice = await connect(aliceToken);
  const bob = await connect(bobToken);
  await emit(alice, 'join_conversation', { conversationId });
  await emit(bob, 'join_conversation', { conversationId });
  const threadReply = waitFor(bob, 'thread_reply');
  result.ack = await emit(alice, 'send_message', { conversationId, content: 'count me in', replyToId: parentId });
  result.threadReply = await threadReply;
  const reactionAdded = waitFor(bob, 'reaction_added');
  const r = await fetch(`${url}/api/v1/chat/messages/${parentId}/reactions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${aliceToken}` },
    body: JSON.stringify({ emoji: '🔥' }),
  });
  result.reacted = { status: r.status };
  result.reactionAdded = await reactionAdded;
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
