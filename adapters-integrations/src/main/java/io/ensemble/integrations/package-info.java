/**
 * Provider adapters: the implementations of core-domain's outbound ports over vendors' APIs and SDKs.
 *
 * <p>Naming rule (issue 19), one for every port:
 * <ul>
 *   <li>One package per port, named after what the core needs, never after a vendor:
 *       {@code banking} ({@code BankLinkProvider}), {@code crypto} (password hashing, access tokens,
 *       {@code SecretCipher}), {@code mail}, {@code media} ({@code MediaStorage}, inspection, image proxy),
 *       {@code payments} ({@code PaymentGateway}), {@code push}, {@code ratelimit}, {@code realtime}
 *       ({@code RealtimeBus}, presence), {@code scraping} ({@code ProfileScraper}), {@code social}
 *       ({@code SocialProvider} per platform).</li>
 *   <li>The package is flat: the port's config factory interface ({@code XxxFactory}), its adapters and
 *       every vendor-specific helper live side by side, so helpers stay package-private.</li>
 *   <li>The vendor is the first word of every vendor-specific class: the adapter is
 *       {@code <Vendor><Port>} ({@code StripePaymentGateway}, {@code PlaidBankLinkProvider},
 *       {@code ApifyProfileScraper}, {@code CloudinaryMediaStorage}), its factory
 *       {@code <Vendor><Port>Factory}, its helpers {@code <Vendor><What>} ({@code StripeErrors},
 *       {@code PlaidWebhookVerifier}, {@code ApifyTikTokItems}, {@code GoogleServiceAccountKey}). The
 *       built-in adapters are named the same way after what they are ({@code ManualPaymentGateway},
 *       {@code SandboxBankLinkProvider}, {@code LocalMediaStorage}, {@code LogMailer}); social platforms
 *       are the vendor ({@code InstagramProvider}).</li>
 *   <li>Code shared by several vendors of a port carries the port's or the protocol's name instead
 *       ({@code OAuthCodeGrantProvider}, {@code ProviderHttp}, {@code CircuitBreakingSocialProvider}); code
 *       shared by several ports lives in {@code io.ensemble.integrations.support} ({@code NotConfigured}
 *       stand-ins, {@code OutageBreakers}).</li>
 * </ul>
 */
package io.ensemble.integrations;
