// Stock socket.io-client v4 for BlocksTest and DeliveryReceiptsTest (issue 27).
// Usage: node blocks.js <port> <token> <conversationId> <seq>
// Sends one message to the conversation (the ack is printed as "send"), then acknowledges delivery up to
// <seq> with message_delivered (ack as "delivered"); prints one JSON line, exits 1 after 20 s.
const { io } = require('socket.io-client');
const contract = require('./contract');

const [port, token, conversationId, seq] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = {};
let socket;
const finish = (code) => {
  if (socket) socket.close();
  result.contractViolations = contract.violations;
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 20000);

(async () => {
  await contract.load(url);
  socket = contract.watch(io(url, { transports: ['websocket'], reconnection: false, timeout: 5000, auth: { token } }));
  await new Promise((resolve, reject) => { socket.on('connect', resolve); socket.on('connect_error', reject); });
  result.send = await socket.emitWithAck('send_message', { conversationId, content: 'from socket.io' });
  result.delivered = await socket.emitWithAck('message_delivered', { conversationId, seq: Number(seq) });
  finish(0);
})().catch((e) => { result.failure = String(e && e.message || e); finish(1); });
