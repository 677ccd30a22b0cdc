// Two stock socket.io-client v4 users on two nodes of the app (RealtimeTwoNodesTest, issue 4 "Done
// when"): A on node 1, B on node 2, both over WebSocket; A sends twice with acks, B receives both
// (message_sent and new_message) through Redis, B reads the first, A gets the read receipt.
// Usage: node twonodes.js <port1> <port2> <conversationId> <tokenA> <tokenB>
// Prints one JSON line with what happened, exits 0 when the run finished, 1 on failure or timeout.
const { io } = require('socket.io-client');
const contract = require('./contract');

const [port1, port2, conversationId, tokenA, tokenB] = process.argv.slice(2);
const opts = { transports: ['websocket'], reconnection: false, timeout: 5000, forceNew: true };
const result = {};
const sockets = [];
const finish = (code) => {
  sockets.forEach((s) => s.close());
  result.contractViolations = contract.violations;
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 30000);

const connect = (port, token) => new Promise((resolve, reject) => {
  const s = io(`http://127.0.0.1:${port}`, { ...opts, auth: { token } });
  sockets.push(contract.watch(s));
  s.on('connect', () => resolve(s));
  s.on('connect_error', (e) => reject(e));
});
const waitFor = (s, event, test = () => true) => new Promise((resolve) => {
  const handler = (data) => { if (test(data)) { s.off(event, handler); resolve(data); } };
  s.on(event, handler);
});
const send = (s, content) => s.emitWithAck('send_message', { conversationId, content, clientMessageId: `two-${content}-${Date.now()}` });

(async () => {
  await contract.load(`http://127.0.0.1:${port1}`);
  const a = await connect(port1, tokenA);
  const b = await connect(port2, tokenB);
  result.joinA = await a.emitWithAck('join_conversation', { conversationId });
  result.joinB = await b.emitWithAck('join_conversation', { conversationId });

  const first = waitFor(b, 'message_sent', (m) => m.content === 'first across nodes');
  const firstNew = waitFor(b, 'new_message', (m) => m.content === 'first across nodes');
  result.ackFirst = await send(a, 'first across nodes');
  result.received = await first;
  result.newMessage = await firstNew;

  const second = waitFor(b, 'message_sent', (m) => m.content === 'second across nodes');
  result.ackSecond = await send(a, 'second across nodes');
  result.receivedSecond = await second;

  const receipt = waitFor(a, 'message_read');
  result.readAck = await b.emitWithAck('message_read', { messageId: result.received.id });
  result.receipt = await receipt;
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack || e); finish(1); });
