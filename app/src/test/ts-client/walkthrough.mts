// The README walkthrough through a client generated from /openapi.json (issue 24 §4), for
// TypedClientWalkthroughTest: sign up, verify with the code from the mail, log in, read me, refresh, open the
// direct conversation with another user and send a message. `tsc` type-checks it against the generated `paths`
// (a route or field renamed in the document breaks the build) and emits the JavaScript node runs.
// Usage: node generated/js/walkthrough.mjs <baseUrl> <email> <otherUserId>; prints `otp?` and reads the code
// from stdin, then prints one JSON line with what happened.
import createClient from "openapi-fetch";
import * as readline from "node:readline/promises";
import type { paths } from "./generated/api.js";

const [baseUrl, email, otherUserId] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl });
const password = "SecurePass123!";
const result: Record<string, unknown> = {};

function ok<T>(step: string, r: { data?: T; error?: unknown; response: Response }): T {
  result[step] = r.response.status;
  if (r.data === undefined) {
    throw new Error(`${step} answered ${r.response.status}: ${JSON.stringify(r.error)}`);
  }
  return r.data;
}

async function main(): Promise<void> {
  const signup = ok("signup", await client.POST("/api/v1/auth/signup/influencer", {
    body: { name: "Alice Typed", email, password, termsAccepted: true },
  }));
  result.userId = signup.data?.userId;

  console.log("otp?");
  const stdin = readline.createInterface({ input: process.stdin });
  const otp = (await stdin[Symbol.asyncIterator]().next()).value as string;
  stdin.close();
  ok("verify", await client.POST("/api/v1/auth/verify-otp", { body: { email, otp: otp.trim() } }));

  const login = ok("login", await client.POST("/api/v1/auth/login", { body: { email, password } }));
  const access: string | null | undefined = login.data?.accessToken;
  const refresh: string | null | undefined = login.data?.refreshToken;
  if (!access || !refresh) throw new Error("login gave no tokens");

  const me = ok("me", await client.GET("/api/v1/auth/me", { headers: { Authorization: `Bearer ${access}` } }));
  result.meEmail = me.data?.email;

  const renewed = ok("refresh", await client.POST("/api/v1/auth/refresh", { body: { refreshToken: refresh } }));
  const token = renewed.data?.accessToken;
  if (!token) throw new Error("refresh gave no access token");
  const auth = { Authorization: `Bearer ${token}` };

  const conversation = ok("conversation", await client.GET("/api/v1/chat/conversations/{otherUserId}", {
    params: { path: { otherUserId } }, headers: auth,
  }));
  const conversationId = conversation.data?.id;
  if (!conversationId) throw new Error("no conversation id");

  const sent = ok("send", await client.POST("/api/v1/chat/conversations/{conversationId}/messages", {
    params: { path: { conversationId } }, headers: auth,
    body: { content: "Hello from the typed client", clientMessageId: `typed-${Date.now()}` },
  }));
  result.message = { id: sent.data?.id, seq: sent.data?.seq, content: sent.data?.content };
}

main().then(() => {
  console.log(JSON.stringify(result));
}, (e: unknown) => {
  result.error = String(e);
  console.log(JSON.stringify(result));
  process.exit(1);
});
