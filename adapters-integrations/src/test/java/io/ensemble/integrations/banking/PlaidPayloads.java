package io.ensemble.integrations.banking;

/** Plaid answers shaped like the examples in Plaid's API reference (Link, Items, Accounts, Errors). */
final class PlaidPayloads {
    static final String LINK_TOKEN = """
            {
              "expiration": "2026-11-23T14:00:00Z",
              "link_token": "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176",
              "request_id": "XQVgFigpGHXkb0b"
            }""";
    static final String EXCHANGE = """
            {
              "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
              "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
              "request_id": "Aim3b"
            }""";
    static final String ACCOUNTS = """
            {
              "accounts": [
                {
                  "account_id": "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
                  "balances": {"available": 100, "current": 110, "iso_currency_code": "USD", "limit": null,
                               "unofficial_currency_code": null},
                  "mask": "0000",
                  "name": "Plaid Checking",
                  "official_name": "Plaid Gold Standard 0% Interest Checking",
                  "persistent_account_id": "8cfb8beb89b774ee43b090625f0d61d0814322b43bff984eaf60386e",
                  "subtype": "checking",
                  "type": "depository"
                },
                {
                  "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
                  "balances": {"available": null, "current": 410, "iso_currency_code": "USD", "limit": 2000,
                               "unofficial_currency_code": null},
                  "mask": "3333",
                  "name": "Plaid Credit Card",
                  "official_name": "Plaid Diamond 12.5% APR Interest Credit Card",
                  "subtype": "credit card",
                  "type": "credit"
                }
              ],
              "item": {
                "available_products": ["balance", "identity", "investments"],
                "billed_products": ["assets", "auth", "liabilities", "transactions"],
                "consent_expiration_time": null,
                "error": null,
                "institution_id": "ins_3",
                "institution_name": "Chase",
                "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
                "update_type": "background",
                "webhook": "https://www.genericwebhookurl.com/webhook",
                "auth_method": "INSTANT_AUTH"
              },
              "request_id": "bkVE1BHWMAZ9Rnr"
            }""";
    static final String REMOVED = """
            {"request_id": "m8MDnv9okwxFNBV"}""";

    private PlaidPayloads() {
    }

    /** @return a Plaid error body (Plaid API docs, "Errors": the error object) */
    static String error(String type, String code, String message, int status) {
        return """
                {
                  "display_message": null,
                  "documentation_url": "https://plaid.com/docs/errors/",
                  "error_code": "%s",
                  "error_message": "%s",
                  "error_type": "%s",
                  "request_id": "HNTDNrA8F1shFEW",
                  "causes": [],
                  "status": %d,
                  "suggested_action": null
                }""".formatted(code, message, type, status);
    }
}
