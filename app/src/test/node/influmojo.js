// Drives the Influmojo dialect (seeds/002, CLIENT_PROFILE=influmojo) through the deals flow for
// InflumojoFlowTest, with fetch as the seed's app would: e-mail sign-up through the native route, a
// creator's basic info and preferences, a package, a brand finding the creator and ordering, the
// order's status moved with PUT /orders/:id/status.
// Usage: node influmojo.js <port> <creatorEmail> <brandEmail> <codesFile>
// Prints SIGNED_UP once both accounts wait for their e-mail code, then reads {creator, brand} codes
// from <codesFile> (written by the test from the mails); prints one JSON line with what happened.
const fs = require('fs');

const [port, creatorEmail, brandEmail, codesFile] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}`;
const result = {};
const finish = (code) => {
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => { result.timeout = true; finish(1); }, 40000);

const call = async (method, path, body, token) => {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { json = text; }
  return { status: r.status, body: json };
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const password = 'SecurePass123!';
const marker = `Meera${Math.random().toString(36).slice(2, 8)}`;

const codes = async () => {
  for (;;) {
    if (fs.existsSync(codesFile)) {
      const text = fs.readFileSync(codesFile, 'utf8');
      if (text.endsWith('\n')) return JSON.parse(text);
    }
    await pause(50);
  }
};

(async () => {
  // E-mail sign-up through the native route (the dialect's /auth/* is another part of issue 23).
  const signups = await Promise.all([['creator', creatorEmail, 'CREATOR'], ['brand', brandEmail, 'BRAND']]
    .map(([who, email, role]) => call('POST', '/api/v1/auth/signup',
      { name: `Test ${who}`, email, password, termsAccepted: true, role })));
  result.signups = signups.map((s) => s.status);
  console.log('SIGNED_UP');
  const otp = await codes();
  const tokens = {};
  for (const [who, email] of [['creator', creatorEmail], ['brand', brandEmail]]) {
    const verified = await call('POST', '/api/v1/auth/verify-otp', { email, otp: otp[who] });
    const login = await call('POST', '/api/v1/auth/login', { email, password });
    result[`${who}Login`] = { verified: verified.status, status: login.status };
    tokens[who] = login.body.data.accessToken;
  }

  // The creator fills in basic info (snake_case) and preferences (camelCase), completing onboarding.
  const basic = await call('POST', '/profile/update-basic-info', {
    name: `${marker} Makes`, first_name: 'Meera', last_name: 'Nair', bio: 'Bridal makeup reels',
    location_city: 'Kochi', location_state: 'Kerala', location_pincode: '682001', timezone: 'Asia/Kolkata',
    language: 'ml', date_of_birth: '1997-08-15',
  }, tokens.creator);
  result.basicInfo = { status: basic.status, user: basic.body.data && basic.body.data.user };
  const prefs = await call('POST', '/profile/update-preferences',
    { categories: ['makeup'], languages: ['Malayalam', 'English'], onboardingCompleted: true }, tokens.creator);
  result.preferences = { status: prefs.status, userStatus: prefs.body.data && prefs.body.data.user.status };
  const creatorId = basic.body.data.user.id;

  // A package with the seed's fields.
  const pkg = await call('POST', '/packages/create', {
    platform: 'Instagram', content_type: 'Reel', quantity: 1, revisions: 2, duration: '45', price: 250,
    description: 'One bridal look reel',
  }, tokens.creator);
  result.package = { status: pkg.status, body: pkg.body.data };

  // The brand finds the creator, looks at the packages and orders one.
  const found = await call('GET',
    `/profile/creators?search=${marker}&category=makeup&location=Kerala&page=1`, undefined, tokens.brand);
  const card = found.body.data && found.body.data.creators.find((c) => c.id === creatorId);
  result.found = { status: found.status, card };
  const portfolio = await call('GET', `/packages/creator/${creatorId}`, undefined, tokens.brand);
  result.portfolio = { status: portfolio.status, packages: portfolio.body.data && portfolio.body.data.packages.length };
  const order = await call('POST', '/orders/create', {
    packageId: pkg.body.data.id, requirements: 'Bridal look, natural light', deadline: '2027-01-15',
  }, tokens.brand);
  result.order = { status: order.status, body: order.body.data };
  const orderId = order.body.data.id;

  // The creator cannot accept an unpaid order (409 naming what is allowed); the brand cancels it.
  const early = await call('PUT', `/orders/${orderId}/status`, { status: 'accepted' }, tokens.creator);
  result.early = { status: early.status, body: early.body };
  const cancelled = await call('PUT', `/orders/${orderId}/status`, { status: 'cancelled', note: 'Changed plans' },
    tokens.brand);
  result.cancelled = { status: cancelled.status, orderStatus: cancelled.body.data && cancelled.body.data.status };
  finish(0);
})().catch((e) => { result.failure = String(e && e.stack ? e.stack : e); finish(1); });
