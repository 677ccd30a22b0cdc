package io.ensemble.hooks;

import io.ensemble.feed.FeedTypes;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Admins' use cases on outgoing webhook endpoints (issue 26 §2): register (answering the signing
 * secret once), list, change, enable/disable, delete, rotate the secret, list deliveries and
 * redeliver one by hand. Every change is audited. Only ADMIN callers: others get 403.
 */
public final class WebhookAdmin {
    /** Longest description accepted. */
    public static final int MAX_DESCRIPTION = 500;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrls urls;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookAdmin(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookUrls urls,
                        AuditRecorder audit, Transactions transactions, IdGenerator ids, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What an admin sends to register or change an endpoint; absent fields keep their value on change. */
    public record EndpointCommand(Optional<String> url, Optional<List<String>> types, Optional<String> description,
                                  Optional<Boolean> enabled) {
    }

    /**
     * @return the new endpoint, with its secret
     * @throws ValidationFailed naming {@code url} (see {@link WebhookUrls#check}), {@code types} (missing,
     *     empty or unknown) or {@code description} (too long)
     */
    public WebhookEndpoint register(Caller caller, EndpointCommand command, RequestOrigin origin) {
        requireAdmin(caller);
        String url = urls.check(command.url().orElse(null)).toString();
        Set<String> types = types(command.types().orElse(null));
        String description = description(command.description().orElse(""));
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(ids.newId(), url, types, description, newSecret(), true,
                Optional.empty(), Optional.empty(), caller.userId(), now, now);
        return transactions.inTransaction(() -> {
            endpoints.insert(endpoint);
            record(caller, AuditAction.WEBHOOK_CREATED, endpoint.id(), origin);
            return endpoint;
        });
    }

    /** @return every endpoint (secrets included; the web layer leaves them out) */
    public List<WebhookEndpoint> list(Caller caller) {
        requireAdmin(caller);
        return endpoints.all();
    }

    /** @throws NotFound for an unknown id */
    public WebhookEndpoint get(Caller caller, UUID id) {
        requireAdmin(caller);
        return endpoints.find(id).orElseThrow(WebhookAdmin::notFound);
    }

    /**
     * Changes url, types, description or enabled; enabling clears the disabled reason.
     *
     * @throws ValidationFailed as {@link #register}
     * @throws NotFound for an unknown id
     */
    public WebhookEndpoint update(Caller caller, UUID id, EndpointCommand command, RequestOrigin origin) {
        requireAdmin(caller);
        String url = command.url().map(u -> urls.check(u).toString()).orElse(null);
        Set<String> types = command.types().map(this::types).orElse(null);
        String description = command.description().map(this::description).orElse(null);
        return transactions.inTransaction(() -> {
            WebhookEndpoint old = endpoints.find(id).orElseThrow(WebhookAdmin::notFound);
            boolean enabled = command.enabled().orElse(old.enabled());
            WebhookEndpoint changed = old.with(url == null ? old.url() : url, types == null ? old.types() : types,
                    description == null ? old.description() : description, enabled,
                    enabled ? Optional.empty() : old.disabledReason().or(() -> Optional.of("disabled by an admin")),
                    clock.instant());
            endpoints.update(changed);
            record(caller, AuditAction.WEBHOOK_UPDATED, id, origin);
            return changed;
        });
    }

    /** @throws NotFound for an unknown id */
    public void delete(Caller caller, UUID id, RequestOrigin origin) {
        requireAdmin(caller);
        transactions.inTransaction(() -> {
            if (!endpoints.delete(id)) {
                throw notFound();
            }
            record(caller, AuditAction.WEBHOOK_DELETED, id, origin);
            return null;
        });
    }

    /** @return the endpoint with a new secret (the old one stops signing at once). @throws NotFound */
    public WebhookEndpoint rotateSecret(Caller caller, UUID id, RequestOrigin origin) {
        requireAdmin(caller);
        return transactions.inTransaction(() -> {
            WebhookEndpoint rotated = endpoints.find(id).orElseThrow(WebhookAdmin::notFound)
                    .withSecret(newSecret(), clock.instant());
            endpoints.update(rotated);
            record(caller, AuditAction.WEBHOOK_SECRET_ROTATED, id, origin);
            return rotated;
        });
    }

    /** @return one page of the endpoint's deliveries, newest first. @throws NotFound for an unknown endpoint */
    public Page<WebhookDelivery> deliveries(Caller caller, UUID endpointId, PageRequest page) {
        get(caller, endpointId);
        return Page.fromOverfetch(deliveries.page(endpointId, page), page.limit(),
                d -> new Cursor(d.createdAt(), d.id()).encode());
    }

    /**
     * Sends a FAILED delivery again now (retried for another 3 days on failure).
     *
     * @throws NotFound for an unknown endpoint or delivery
     * @throws Conflict {@code DELIVERY_NOT_FAILED} when it is not FAILED
     */
    public WebhookDelivery redeliver(Caller caller, UUID endpointId, UUID deliveryId, RequestOrigin origin) {
        requireAdmin(caller);
        return transactions.inTransaction(() -> {
            WebhookDelivery delivery = deliveries.find(endpointId, deliveryId).orElseThrow(WebhookAdmin::notFound);
            if (delivery.status() != DeliveryStatus.FAILED) {
                throw new Conflict("DELIVERY_NOT_FAILED", "Only a failed delivery can be redelivered; this one is "
                        + delivery.status() + ".");
            }
            Instant now = clock.instant();
            deliveries.redeliver(deliveryId, now, now.plus(WebhookDispatcher.RETRY_WINDOW));
            record(caller, AuditAction.WEBHOOK_REDELIVERED, endpointId, origin);
            return deliveries.find(endpointId, deliveryId).orElseThrow(WebhookAdmin::notFound);
        });
    }

    private Set<String> types(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("types", "name at least one event type, or *")));
        }
        return FeedTypes.checked("types", given, true);
    }

    private String description(String given) {
        String text = given == null ? "" : given.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new ValidationFailed(List.of(new FieldError("description", "at most " + MAX_DESCRIPTION
                    + " characters")));
        }
        return text;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void record(Caller caller, AuditAction action, UUID endpointId, RequestOrigin origin) {
        audit.record(AuditEntry.by(caller.userId(), action, new AuditTarget("webhook_endpoint", endpointId.toString()))
                .from(origin));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins manage webhooks.");
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such webhook endpoint or delivery.");
    }
}
