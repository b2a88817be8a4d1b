package com.pakashop.adapter.persistence;


import com.pakashop.application.settlement.PayoutAccount;
import com.pakashop.application.settlement.PayoutAccounts;
import com.pakashop.application.settlement.Payouts;
import com.pakashop.application.settlement.ReleasedOrder;
import com.pakashop.application.settlement.SettlementBatches;
import com.pakashop.application.settlement.SettlementPool;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.settlement.BatchStatus;
import com.pakashop.domain.settlement.Payee;
import com.pakashop.domain.settlement.PayeeKind;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.domain.settlement.SettlementItem;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Settlement's pool of items, its batches and payouts. */
public final class JdbiSettlements implements SettlementPool, SettlementBatches, Payouts, PayoutAccounts {
    private static final String BATCH_COLUMNS = """
            id, cutoff, trigger, created_by, payout_count, currency, total, carried_count, carried, status, created_at,
            closed_at""";
    private static final String PAYOUT_COLUMNS = """
            id, batch_id, payee_kind, payee_id, recipient_name, recipient, network, currency, amount, provider, status,
            provider_reference, failure, attempts, created_at, updated_at, version""";

    private final JdbiTransactions tx;

    public JdbiSettlements(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void lockPlanning() {
        tx.withHandle(handle -> handle.createQuery(
                "SELECT pg_advisory_xact_lock(hashtext('settlement-planning')) IS NULL").mapTo(Boolean.class).one());
    }

    @Override
    public List<ReleasedOrder> unpooledReleasable(Instant cutoff) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT o.id, o.shop_id, o.delivery_fee, d.agent_id,
                               coalesce((SELECT -sum(p.amount) FROM ledger_entries e
                                         JOIN ledger_postings p ON p.entry_id = e.id
                                         WHERE e.reference = 'order:' || o.id AND e.kind = 'RELEASE'
                                           AND p.account = 'VENDOR_PAYABLE:' || o.shop_id), 0) AS vendor_credit
                        FROM orders o LEFT JOIN deliveries d ON d.order_id = o.id
                        WHERE o.settlement_status = 'RELEASABLE' AND coalesce(d.delivered_at, o.created_at) < :cutoff
                          AND NOT EXISTS (SELECT 1 FROM settlement_items i WHERE i.order_id = o.id)
                        ORDER BY o.id""")
                .bind("cutoff", cutoff)
                .map((rs, ctx) -> new ReleasedOrder(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class),
                        Money.zmw(rs.getLong("vendor_credit")), Money.zmw(rs.getLong("delivery_fee")),
                        Optional.ofNullable(rs.getObject("agent_id", UUID.class))))
                .list());
    }

    @Override
    public void addItems(List<SettlementItem> items) {
        if (items.isEmpty()) {
            return;
        }
        tx.withHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO settlement_items (id, order_id, payee_kind, payee_id, currency, amount)
                    VALUES (:id, :order, :kind, :payee, :currency, :amount)""");
            for (SettlementItem item : items) {
                batch.bind("id", item.id()).bind("order", item.orderId()).bind("kind", item.payee().kind().name())
                        .bind("payee", item.payee().id()).bind("currency", item.amount().currency().getCurrencyCode())
                        .bind("amount", item.amount().minor()).add();
            }
            return batch.execute();
        });
    }

    @Override
    public List<SettlementItem> pool() {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, order_id, payee_kind, payee_id, currency, amount FROM settlement_items
                        WHERE payout_id IS NULL""")
                .map((rs, ctx) -> new SettlementItem(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                        new Payee(PayeeKind.valueOf(rs.getString("payee_kind")), rs.getObject("payee_id", UUID.class)),
                        new Money(rs.getLong("amount"), Currency.getInstance(rs.getString("currency")))))
                .list());
    }

    @Override
    public Optional<SettlementBatch> batchByCutoff(Instant cutoff) {
        return oneBatch("SELECT " + BATCH_COLUMNS + " FROM settlement_batches WHERE cutoff = :cutoff",
                Map.of("cutoff", cutoff));
    }

    @Override
    public Optional<SettlementBatch> batch(UUID id) {
        return oneBatch("SELECT " + BATCH_COLUMNS + " FROM settlement_batches WHERE id = :id", Map.of("id", id));
    }

    @Override
    public void addBatch(SettlementBatch b) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO settlement_batches (id, cutoff, trigger, created_by, payout_count, currency, total,
                                                        carried_count, carried, status, created_at, closed_at)
                        VALUES (:id, :cutoff, :trigger, :by, :payouts, 'ZMW', :total, :carriedCount, :carried, :status,
                                :created, CAST(:closed AS timestamptz))""")
                .bind("id", b.id()).bind("cutoff", b.cutoff()).bind("trigger", b.trigger())
                .bind("by", b.createdBy()).bind("payouts", b.payoutCount()).bind("total", b.total().minor())
                .bind("carriedCount", b.carriedCount()).bind("carried", b.carried().minor())
                .bind("status", b.status().name()).bind("created", b.createdAt())
                .bind("closed", b.closedAt().map(Instant::toString).orElse(null)).execute());
    }

    @Override
    public void closeBatch(UUID id, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE settlement_batches SET status = 'CLOSED', closed_at = :at WHERE id = :id AND status = 'OPEN'""")
                .bind("id", id).bind("at", at).execute());
    }

    @Override
    public List<SettlementBatch> openBatches() {
        return batches("SELECT " + BATCH_COLUMNS + " FROM settlement_batches WHERE status = 'OPEN' ORDER BY created_at",
                Map.of());
    }

    @Override
    public List<SettlementBatch> batches(Optional<UUID> before, int limit) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("limit", limit);
        String page = "";
        if (before.isPresent()) {
            page = " WHERE (created_at, id) < (SELECT created_at, id FROM settlement_batches WHERE id = :before)";
            binds.put("before", before.get());
        }
        return batches("SELECT " + BATCH_COLUMNS + " FROM settlement_batches" + page
                + " ORDER BY created_at DESC, id DESC LIMIT :limit", binds);
    }

    @Override
    public void addPayout(Payout p, List<UUID> itemIds) {
        tx.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO payouts (id, batch_id, payee_kind, payee_id, recipient_name, recipient, network,
                                                 currency, amount, provider, status, attempts, created_at, updated_at,
                                                 version)
                            VALUES (:id, :batch, :kind, :payee, :name, :recipient, :network, :currency, :amount,
                                    :provider, :status, 0, :created, :created, 0)""")
                    .bind("id", p.id()).bind("batch", p.batchId()).bind("kind", p.payee().kind().name())
                    .bind("payee", p.payee().id()).bind("name", p.recipientName()).bind("recipient", p.recipient().e164())
                    .bind("network", p.network().name()).bind("currency", p.amount().currency().getCurrencyCode())
                    .bind("amount", p.amount().minor()).bind("provider", p.provider()).bind("status", p.status().name())
                    .bind("created", p.createdAt()).execute();
            int carried = handle.createUpdate("""
                            UPDATE settlement_items SET payout_id = :payout WHERE id = ANY(:items) AND payout_id IS NULL""")
                    .bind("payout", p.id()).bind("items", itemIds.toArray(new UUID[0])).execute();
            if (carried != itemIds.size()) {
                throw new Conflict("Some items of payout " + p.id() + " were taken by another payout meanwhile");
            }
            return carried;
        });
    }

    @Override
    public Optional<Payout> payout(UUID id) {
        return onePayout("SELECT " + PAYOUT_COLUMNS + " FROM payouts WHERE id = :id", Map.of("id", id));
    }

    @Override
    public Optional<Payout> payoutForUpdate(UUID id) {
        return onePayout("SELECT " + PAYOUT_COLUMNS + " FROM payouts WHERE id = :id FOR UPDATE", Map.of("id", id));
    }

    @Override
    public Payout update(Payout before, Payout after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE payouts SET status = :status, provider_reference = :reference, failure = :failure,
                                   attempts = :attempts, updated_at = :updated, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("status", after.status().name()).bind("reference", after.providerReference().orElse(null))
                    .bind("failure", after.failure().orElse(null)).bind("attempts", after.attempts())
                    .bind("updated", after.updatedAt()).bind("id", after.id()).bind("version", before.version())
                    .execute();
            if (updated != 1) {
                throw new Conflict("Payout " + after.id() + " was changed meanwhile; try again");
            }
            return new Payout(after.id(), after.batchId(), after.payee(), after.recipientName(), after.recipient(),
                    after.network(), after.amount(), after.provider(), after.status(), after.providerReference(),
                    after.failure(), after.attempts(), after.createdAt(), after.updatedAt(), before.version() + 1);
        });
    }

    @Override
    public List<Payout> payoutsOf(UUID batchId, Optional<PayoutStatus> status) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("batch", batchId);
        status.ifPresent(s -> binds.put("status", s.name()));
        return payouts("SELECT " + PAYOUT_COLUMNS + " FROM payouts WHERE batch_id = :batch"
                + (status.isPresent() ? " AND status = :status" : "") + " ORDER BY payee_kind, payee_id", binds);
    }

    @Override
    public Map<PayoutStatus, Integer> countsOf(UUID batchId) {
        Map<PayoutStatus, Integer> counts = new EnumMap<>(PayoutStatus.class);
        for (PayoutStatus status : PayoutStatus.values()) {
            counts.put(status, 0);
        }
        tx.withHandle(handle -> handle.createQuery(
                        "SELECT status, count(*) AS n FROM payouts WHERE batch_id = :batch GROUP BY status")
                .bind("batch", batchId)
                .map((rs, ctx) -> counts.put(PayoutStatus.valueOf(rs.getString("status")), rs.getInt("n"))).list());
        return counts;
    }

    @Override
    public void returnItemsToPool(UUID payoutId) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE settlement_items SET payout_id = NULL WHERE payout_id = :payout")
                .bind("payout", payoutId).execute());
    }

    @Override
    public int settleOrdersOf(UUID payoutId) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE orders SET settlement_status = 'SETTLED', version = version + 1
                        WHERE settlement_status = 'RELEASABLE' AND id IN (
                            SELECT order_id FROM settlement_items WHERE payout_id = :payout AND payee_kind = 'VENDOR')""")
                .bind("payout", payoutId).execute());
    }

    @Override
    public Map<Payee, PayoutAccount> accountsOf(List<Payee> payees) {
        UUID[] shops = payees.stream().filter(p -> p.kind() == PayeeKind.VENDOR).map(Payee::id).toArray(UUID[]::new);
        UUID[] agents = payees.stream().filter(p -> p.kind() == PayeeKind.AGENT).map(Payee::id).toArray(UUID[]::new);
        Map<Payee, PayoutAccount> accounts = new HashMap<>();
        tx.withHandle(handle -> {
            handle.createQuery("SELECT id, name, payout_number, payout_network FROM shops WHERE id = ANY(:ids)")
                    .bind("ids", shops)
                    .map((rs, ctx) -> account(rs, PayeeKind.VENDOR, "payout_number",
                            Optional.of(MobileNetwork.valueOf(rs.getString("payout_network")))))
                    .forEach(entry -> entry.ifPresent(e -> accounts.put(e.getKey(), e.getValue())));
            handle.createQuery("SELECT id, name, phone FROM users WHERE id = ANY(:ids)").bind("ids", agents)
                    .map((rs, ctx) -> account(rs, PayeeKind.AGENT, "phone", Optional.empty()))
                    .forEach(entry -> entry.ifPresent(e -> accounts.put(e.getKey(), e.getValue())));
            return accounts;
        });
        return accounts;
    }

    private static Optional<Map.Entry<Payee, PayoutAccount>> account(ResultSet rs, PayeeKind kind, String numberColumn,
                                                                     Optional<MobileNetwork> network) throws SQLException {
        Optional<PhoneNumber> number = PhoneNumber.parse(rs.getString(numberColumn));
        Optional<MobileNetwork> on = network.or(() -> number.flatMap(MobileNetwork::of));
        if (number.isEmpty() || on.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(new Payee(kind, rs.getObject("id", UUID.class)),
                new PayoutAccount(rs.getString("name"), number.get(), on.get())));
    }

    private Optional<SettlementBatch> oneBatch(String sql, Map<String, Object> binds) {
        return batches(sql, binds).stream().findFirst();
    }

    private List<SettlementBatch> batches(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> batch(rs)).list());
    }

    private Optional<Payout> onePayout(String sql, Map<String, Object> binds) {
        return payouts(sql, binds).stream().findFirst();
    }

    private List<Payout> payouts(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> payout(rs)).list());
    }

    private static SettlementBatch batch(ResultSet rs) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new SettlementBatch(rs.getObject("id", UUID.class), rs.getObject("cutoff", OffsetDateTime.class).toInstant(),
                rs.getString("trigger"), rs.getString("created_by"), rs.getInt("payout_count"),
                new Money(rs.getLong("total"), currency), rs.getInt("carried_count"),
                new Money(rs.getLong("carried"), currency), BatchStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(closed).map(OffsetDateTime::toInstant));
    }

    private static Payout payout(ResultSet rs) throws SQLException {
        return new Payout(rs.getObject("id", UUID.class), rs.getObject("batch_id", UUID.class),
                new Payee(PayeeKind.valueOf(rs.getString("payee_kind")), rs.getObject("payee_id", UUID.class)),
                rs.getString("recipient_name"), new PhoneNumber(rs.getString("recipient")),
                MobileNetwork.valueOf(rs.getString("network")),
                new Money(rs.getLong("amount"), Currency.getInstance(rs.getString("currency"))), rs.getString("provider"),
                PayoutStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("provider_reference")),
                Optional.ofNullable(rs.getString("failure")), rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
