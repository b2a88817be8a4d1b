package com.pakashop.application.tracking;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.identity.PasswordHasher;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.payments.Refunds;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Delivery;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The agent hands over the order (seed §4.4, steps 7–9): the buyer's PIN is checked against its
 * hash, the buyer's signature stored with its SHA-256 as tamper evidence, and in one transaction
 * the order becomes DELIVERED with its money RELEASABLE, the ledger releases the held money to the
 * vendor, the platform and delivery per the order's breakdown, and the event is written. Five
 * wrong PINs lock the delivery until support unlocks it.
 */
public final class ConfirmingDeliveries {
    public static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Deliveries deliveries;
    private final Orders orders;
    private final Refunds refunds;
    private final Ledger ledger;
    private final PasswordHasher hasher;
    private final FileStorage files;
    private final Outbox outbox;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ConfirmingDeliveries(Deliveries deliveries, Orders orders, Refunds refunds, Ledger ledger,
                                PasswordHasher hasher, FileStorage files, Outbox outbox, Auditing audit,
                                Transactions tx, Ids ids, Clock clock) {
        this.deliveries = deliveries;
        this.orders = orders;
        this.refunds = refunds;
        this.ledger = ledger;
        this.hasher = hasher;
        this.files = files;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public Confirmation confirm(Principal caller, UUID orderId, String pin, byte[] signaturePng) {
        caller.require(Permission.TRACKING_REPORT);
        if (pin == null || !pin.matches("[0-9]{6}")) {
            throw ValidationFailed.of("pin", "is the buyer's six-digit delivery PIN");
        }
        requirePng(signaturePng);
        Delivery delivery = deliveries.byOrder(orderId).orElseThrow(() -> new NotFound("No delivery of order " + orderId));
        if (!caller.is(delivery.agentId())) {
            throw new Forbidden("Order " + orderId + " is assigned to another agent");
        }
        delivery.requireOpen();
        if (refunds.ofOrder(orderId).stream().anyMatch(r -> r.status().inFlight())) {
            throw new Conflict("A refund of order " + orderId + " is on its way; confirm the delivery once it ends");
        }
        boolean right = hasher.verify(pin, delivery.pinHash());
        String sha256 = right ? sha256(signaturePng) : "";
        String stored = right ? files.store("signatures/" + orderId + "/" + sha256 + ".png", signaturePng) : "";
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Delivery current = deliveries.byOrderForUpdate(orderId).orElseThrow();
            current.requireOpen();
            if (!right) {
                Delivery after = deliveries.update(current, current.wrongPin());
                return new Confirmation(after, false, Delivery.MAX_WRONG_PINS - after.wrongPins());
            }
            Delivery done = deliveries.update(current, current.confirmed(sha256, now));
            Order order = orders.byId(orderId).orElseThrow();
            Order delivered = orders.move(order, order.moveTo(OrderStatus.DELIVERED, OrderActor.AGENT, Optional.empty()),
                    OrderActor.AGENT, caller.describe(), Optional.of("PIN confirmed; signature " + sha256), now);
            ledger.post(Bookings.release(ids.next(), now, orderId, order.shopId(), order.breakdown(),
                    ledger.balance(Account.of(AccountKind.FUNDS_HELD, orderId))));
            outbox.append(OrderMoved.between(order, delivered));
            audit.record("DELIVERY_CONFIRMED", caller.describe(), "order:" + orderId, RequestContext.NONE,
                    Map.of("signatureSha256", sha256, "signature", stored));
            return new Confirmation(done, true, 0);
        });
    }

    /** Support lets the agent try again after checking with the buyer. */
    public Delivery unlock(Principal caller, UUID orderId, String reason, RequestContext context) {
        caller.require(Permission.DELIVERIES_UNLOCK);
        if (reason == null || reason.isBlank()) {
            throw ValidationFailed.of("reason", "say why the agent may try again");
        }
        return tx.inTransaction(() -> {
            Delivery delivery = deliveries.byOrderForUpdate(orderId)
                    .orElseThrow(() -> new NotFound("No delivery of order " + orderId));
            Delivery unlocked = deliveries.update(delivery, delivery.unlocked());
            audit.record("DELIVERY_UNLOCKED", caller.describe(), "order:" + orderId, context,
                    Map.of("reason", reason.strip()));
            return unlocked;
        });
    }

    private static void requirePng(byte[] png) {
        if (png == null || png.length < PNG_MAGIC.length || png.length > MAX_SIGNATURE_BYTES
                || !Arrays.equals(Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
            throw new ValidationFailed(List.of(new FieldError("signaturePng",
                    "must be a base64 PNG image of at most " + MAX_SIGNATURE_BYTES / 1024 + " KiB", "INVALID_SIGNATURE")));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether the PIN was right, and if not how many tries are left before the delivery locks. */
    public record Confirmation(Delivery delivery, boolean delivered, int triesLeft) {
    }
}
