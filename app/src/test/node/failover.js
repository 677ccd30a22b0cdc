// Node failover (NodeKillFailoverTest, issue 29 §7): many stock socket.io-client v4 connections on
// node 1, each joined to its conversation. When node 1 dies, each client opens a new io() to node 2,
// joins again and catches up by seq over REST (?afterSeq=), then keeps receiving live messages.
// Usage: node failover.js <port1> <port2> <clientsFile> <expectedSeqs> <timeoutMs>
//   clientsFile: JSON array of { token, conversationId } (one socket each)
// Prints READY when every socket joined on node 1, DISCONNECTED when every socket lost node 1 (each
// then waits 2 s before connecting to node 2), REJOINED when every socket joined on node 2 and
// caught up, then one JSON line with the result when every client holds seq 1..expectedSeqs (exit 0)
// or at the timeout (exit 1).
const fs = require('fs');
const { io } = require('socket.io-client');
const contract = require('./contract');

const [port1, port2, clientsFile, expectedArg, timeoutArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const RECONNECT_DELAY_MS = 2000;
const specs = JSON.parse(fs.readFileSync(clientsFile, 'utf8'));
const opts = { transports: ['websocket'], reconnection: false, timeout: 10000, forceNew: true };
const clients = specs.map((spec, index) => ({
  index, ...spec, seqs: new Map(), conflicts: [], phase: 'connecting', socket: null,
  live1: 0, live2: 0, caughtUp: 0, reconnects: 0, failures: [],
}));
let joined1 = 0;
let rejoined = 0;
let finished = false;

const summary = (extra) => {
  const missing = (c) => {
    const out = [];
    for (let s = 1; s <= expected; s++) if (!c.seqs.has(s)) out.push(s);
    return out;
  };
  const incomplete = clients.filter((c) => missing(c).length > 0 || c.phase !== 'node2');
  return {
    ...extra,
    total: clients.length,
    joinedOnNode1: joined1,
    rejoinedOnNode2: rejoined,
    complete: clients.length - incomplete.length,
    conflicts: clients.reduce((n, c) => n + c.conflicts.length, 0),
    conflictSample: clients.flatMap((c) => c.conflicts).slice(0, 5),
    liveOnNode1: clients.reduce((n, c) => n + c.live1, 0),
    liveOnNode2: clients.reduce((n, c) => n + c.live2, 0),
    caughtUpOverRest: clients.reduce((n, c) => n + c.caughtUp, 0),
    clientsWithLiveOnNode2: clients.filter((c) => c.live2 > 0).length,
    failures: clients.flatMap((c) => c.failures).slice(0, 5),
    contractViolations: contract.violations.slice(0, 5),
    incompleteSample: incomplete.slice(0, 5).map((c) => ({ index: c.index, phase: c.phase, missing: missing(c) })),
  };
};
const finish = (code, extra = {}) => {
  if (finished) return;
  finished = true;
  clients.forEach((c) => c.socket && c.socket.close());
  console.log(JSON.stringify(summary(extra)));
  process.exit(code);
};
setTimeout(() => finish(1, { timeout: true }), Number(timeoutArg));

const checkDone = () => {
  if (clients.every((c) => c.phase === 'node2' && c.seqs.size >= expected
      && [...Array(expected).keys()].every((i) => c.seqs.has(i + 1)))) {
    finish(0);
  }
};

const record = (c, m, via) => {
  if (!m || m.conversationId !== c.conversationId || typeof m.seq !== 'number') return;
  const known = c.seqs.get(m.seq);
  if (known !== undefined && known !== m.id) {
    c.conflicts.push({ index: c.index, seq: m.seq, first: known, second: m.id });
  }
  c.seqs.set(m.seq, m.id);
  if (via === 'live1') c.live1++;
  if (via === 'live2') c.live2++;
  if (via === 'rest') c.caughtUp++;
  checkDone();
};

const lastContiguous = (c) => {
  let s = 0;
  while (c.seqs.has(s + 1)) s++;
  return s;
};

const catchUp = async (c) => {
  const base = `http://127.0.0.1:${port2}/api/v1/chat/conversations/${c.conversationId}/messages`;
  let url = `${base}?afterSeq=${lastContiguous(c)}&limit=100`;
  for (;;) {
    const r = await fetch(url, { headers: { Authorization: `Bearer ${c.token}` } });
    if (r.status !== 200) throw new Error(`catch-up answered ${r.status}: ${await r.text()}`);
    const body = await r.json();
    body.data.items.forEach((m) => record(c, m, 'rest'));
    if (!body.data.nextCursor) return;
    url = `${base}?afterSeq=${lastContiguous(c)}&limit=100&cursor=${encodeURIComponent(body.data.nextCursor)}`;
  }
};

const open = (c, port, via, onJoined) => {
  const s = io(`http://127.0.0.1:${port}`, { ...opts, auth: { token: c.token } });
  c.socket = contract.watch(s, `client ${c.index}`);
  s.on('message_sent', (m) => record(c, m, via));
  s.on('connect', async () => {
    try {
      const ack = await s.timeout(10000).emitWithAck('join_conversation', { conversationId: c.conversationId });
      if (!ack || ack.success === false) throw new Error(`join refused: ${JSON.stringify(ack)}`);
      await onJoined(s);
    } catch (e) {
      c.failures.push(`${via}: ${e && e.message}`);
    }
  });
  s.on('connect_error', (e) => {
    if (via === 'live2') {
      c.failures.push(`connect_error on node 2: ${e && e.message}`);
      s.close();
      setTimeout(() => open(c, port2, 'live2', onJoined), 500);
    } else {
      c.failures.push(`connect_error on node 1: ${e && e.message}`);
    }
  });
  return s;
};

let disconnected = 0;
const failover = (c) => {
  c.phase = 'reconnecting';
  c.reconnects++;
  disconnected++;
  if (disconnected === clients.length) console.log('DISCONNECTED');
  // A reconnection back-off, like socket.io's own reconnectionDelay, so messages sent meanwhile
  // reach the client only through the catch-up by seq.
  setTimeout(() => open(c, port2, 'live2', async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        await catchUp(c);
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    c.phase = 'node2';
    rejoined++;
    if (rejoined === clients.length) console.log('REJOINED');
    checkDone();
  }), RECONNECT_DELAY_MS);
};

contract.load(`http://127.0.0.1:${port1}`).then(() => clients.forEach((c) => {
  const s = open(c, port1, 'live1', async () => {
    c.phase = 'node1';
    joined1++;
    if (joined1 === clients.length) console.log('READY');
  });
  s.on('disconnect', () => {
    if (c.phase === 'node1') failover(c);
  });
}), (e) => finish(1, { error: `loading /asyncapi.yaml: ${e}` }));
