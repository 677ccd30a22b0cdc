// Checks every socket payload the e2e scripts receive against the AsyncAPI document the app serves
// (issue 24 §4): each incoming event's data against the payload schemas of the messages of that name in
// /asyncapi.yaml, each ack body against the `ack` message. Violations are collected, not thrown, and the
// scripts print them as `contractViolations` in their JSON result; NodeScript fails the Java test on any.
const YAML = require('yaml');
const Ajv2020 = require('ajv/dist/2020');

const violations = [];
let byName = null;

// Loads /asyncapi.yaml from the app at baseUrl (e.g. http://127.0.0.1:8080) and compiles its payload schemas.
async function load(baseUrl) {
  const res = await fetch(`${baseUrl}/asyncapi.yaml`);
  if (res.status !== 200) throw new Error(`GET ${baseUrl}/asyncapi.yaml answered ${res.status}`);
  const doc = YAML.parse(await res.text());
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  byName = new Map();
  for (const [key, message] of Object.entries(doc.components.messages)) {
    if (!message.payload) continue;
    const validate = ajv.compile({ ...message.payload, components: doc.components });
    const name = message.name || key;
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push({ key, validate });
  }
}

// Records a violation when `data` matches none of the payload schemas of the messages named `event`.
function check(event, data, context) {
  if (!byName) throw new Error('contract.load(baseUrl) must run before sockets connect');
  const candidates = byName.get(event);
  if (!candidates) {
    violations.push({ event, context, problem: 'event not in /asyncapi.yaml' });
    return;
  }
  if (candidates.some((c) => c.validate(data))) return;
  violations.push({
    event,
    context,
    problems: candidates.map((c) => ({ message: c.key, errors: (c.validate.errors || [])
      .map((e) => `${e.instancePath || '/'} ${e.message}`) })),
    data,
  });
}

// Checks everything `socket` receives from now on: events (onAny) and the bodies of emitWithAck acks.
function watch(socket, label = 'socket') {
  socket.onAny((event, ...args) => check(event, args[0], `${label} received`));
  const emitWithAck = socket.emitWithAck.bind(socket);
  socket.emitWithAck = async (event, ...args) => {
    const body = await emitWithAck(event, ...args);
    check('ack', body, `${label} ack of ${event}`);
    return body;
  };
  return socket;
}

module.exports = { load, check, watch, violations };
