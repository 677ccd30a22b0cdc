// Proves contract.js can fail (ContractPayloadCheckTest): a payload shaped as /asyncapi.yaml says passes, the
// same payload with a field renamed or retyped, and an undocumented event, are reported.
// Usage: node contract-selftest.js <port>; prints one JSON line {drifted: [...]}.
const contract = require('./contract');

(async () => {
  await contract.load(`http://127.0.0.1:${process.argv[2]}`);
  const message = {
    id: '01a252fe-645f-7e6a-8cc4-edf521f984a3', conversationId: '01a252fe-645f-7e6a-8cc4-edf521f984a4',
    senderId: '01a252fe-645f-7e6a-8cc4-edf521f984a5', type: 'text', content: 'hi', attachments: [], seq: 1,
    clientMessageId: null, createdAt: '2026-12-08T00:00:00Z', deleted: false,
  };
  contract.check('message_sent', message, 'valid');
  const valid = contract.violations.length;
  const renamed = { ...message, sequence: message.seq };
  delete renamed.seq;
  contract.check('message_sent', renamed, 'renamed seq');
  contract.check('message_sent', { ...message, seq: 'one' }, 'retyped seq');
  contract.check('no_such_event', {}, 'undocumented');
  console.log(JSON.stringify({ validViolations: valid, drifted: contract.violations.splice(0) }));
})().catch((e) => { console.log(JSON.stringify({ error: String(e) })); process.exit(1); });
