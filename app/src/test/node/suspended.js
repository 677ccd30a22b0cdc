// Stock socket.io-client v4 for SuspensionAcrossNodesTest (issue 20 §1).
// Usage: node suspended.js <port> <token>
// Prints READY once connected and served, then records account_suspended / error events and prints one JSON line
// when the server disconnects it; exits 1 after 30 s without a disconnect.
const { io } = require('socket.io-client');

const [port, token] = process.argv.slice(2);
const result = { events: [] };
const finish = (code) => { console.log(JSON.stringify(result)); process.exit(code); };
setTimeout(() => { result.timeout = true; finish(1); }, 30000);

const s = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, timeout: 5000, auth: { token } });
s.on('connect', () => s.emitWithAck('hello', {}).then(() => console.log('READY')));
s.on('account_suspended', (data) => { result.events.push('account_suspended'); result.suspended = data; });
s.on('error', (data) => { result.events.push('error'); result.error = data; });
s.on('disconnect', (reason) => { result.disconnect = reason; finish(0); });
s.on('connect_error', (e) => { result.connectError = e.message; finish(1); });
