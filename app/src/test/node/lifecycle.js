// Stock socket.io-client v4 against the running app for SocketIoLifecycleTest.
// Usage: node lifecycle.js badtoken <port> <websocket|polling> <token>
//        node lifecycle.js shutdown <port> <token>   (prints READY once connected, then waits)
//        node lifecycle.js origin <port> <origin> <token> [websocket|polling|upgrade]
// Prints one JSON line with what happened; exits 0 when the run finished, 1 on timeout.
const { io } = require('socket.io-client');
const contract = require('./contract');

const [what, port, ...rest] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = { what };
const finish = (code) => {
  result.contractViolations = contract.violations;
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 30000);

const run = () => {
if (what === 'badtoken') {
  const [mode, token] = rest;
  const s = watched(url, { transports: [mode], reconnection: false, timeout: 5000, auth: { token } });
  s.on('connect', () => { result.connected = true; s.close(); finish(0); });
  s.on('connect_error', (e) => { result.connectError = { message: e.message, data: e.data }; s.close(); finish(0); });
} else if (what === 'shutdown') {
  const [token] = rest;
  const s = watched(url, { transports: ['websocket'], reconnection: false, timeout: 5000, auth: { token } });
  // READY once the server handles our events (an unknown event is answered with an error ack)
  s.on('connect', () => s.emitWithAck('hello', {}).then(() => console.log('READY')));
  s.on('server_restart', (data) => { result.restart = data; });
  s.on('disconnect', (reason) => { result.disconnect = reason; finish(0); });
  s.on('connect_error', (e) => { result.connectError = e.message; finish(1); });
} else if (what === 'origin') {
  const [origin, token, mode = 'websocket'] = rest;
  const transports = mode === 'upgrade' ? ['polling', 'websocket'] : [mode];
  const s = watched(url, { transports, reconnection: false, timeout: 5000, auth: { token },
    extraHeaders: { Origin: origin } });
  s.on('connect', () => {
    result.connected = true;
    const done = () => { result.transport = s.io.engine.transport.name; s.close(); finish(0); };
    if (mode === 'upgrade' && s.io.engine.transport.name !== 'websocket') {
      s.io.engine.once('upgrade', done);
      s.io.engine.once('upgradeError', (e) => { result.upgradeError = String(e && e.message || e); done(); });
    } else {
      done();
    }
  });
  s.on('connect_error', (e) => { result.connectError = e.message; s.close(); finish(0); });
}
};
// every socket's payloads are checked against /asyncapi.yaml (contract.js)
const watched = (...args) => contract.watch(io(...args));
contract.load(url).then(run, (e) => { result.error = `loading /asyncapi.yaml: ${e}`; finish(1); });
