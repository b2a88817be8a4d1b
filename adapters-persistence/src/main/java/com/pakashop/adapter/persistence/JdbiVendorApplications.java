package com.pakashop.adapter.persistence;


import com.pakashop.application.catalog.VendorApplications;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.catalog.VendorApplication;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications to sell in {@code vendor_applications}; the partial unique index keeps one PENDING per user. */
public final class JdbiVendorApplications implements VendorApplications {
    private static final String COLUMNS = """
            id, user_id, business_name, town, tpin, payout_number, payout_network, kyc_documents, status, decided_by,
            decision_note, decided_at, created_at, version""";
    private static final UUID LAST_UUID = new UUID(-1L, -1L);

    private final JdbiTransactions tx;

    public JdbiVendorApplications(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean add(VendorApplication a) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO vendor_applications (id, user_id, business_name, town, tpin, payout_number,
                                                         payout_network, kyc_documents, status, created_at, version)
                        VALUES (:id, :user, :name, :town, :tpin, :payout, :network, :documents, :status, :created, 0)
                        ON CONFLICT (user_id) WHERE status = 'PENDING' DO NOTHING""")
                .bind("id", a.id()).bind("user", a.userId()).bind("name", a.businessName()).bind("town", a.town())
                .bind("tpin", a.tpin()).bind("payout", a.payoutNumber().e164()).bind("network", a.payoutNetwork().name())
                .bind("documents", a.kycDocuments().stream().map(URI::toString).toArray(String[]::new))
                .bind("status", a.status().name()).bind("created", a.createdAt())
                .execute() == 1);
    }

    @Override
    public Optional<VendorApplication> byIdForUpdate(UUID id) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM vendor_applications WHERE id = :id FOR UPDATE")
                .bind("id", id).map((rs, ctx) -> application(rs)).findOne());
    }

    @Override
    public Optional<VendorApplication> pendingOf(UUID userId) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM vendor_applications WHERE user_id = :user AND status = 'PENDING'")
                .bind("user", userId).map((rs, ctx) -> application(rs)).findOne());
    }

    @Override
    public VendorApplication update(VendorApplication before, VendorApplication after) {
        int updated = tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE vendor_applications SET status = :status, decided_by = :by, decision_note = :note,
                               decided_at = :at, version = version + 1
                         WHERE id = :id AND version = :version""")
                .bind("status", after.status().name()).bind("by", after.decidedBy().orElse(null))
                .bind("note", after.decisionNote().orElse(null))
                .bind("at", after.decidedAt().orElse(null))
                .bind("id", after.id()).bind("version", before.version()).execute());
        if (updated != 1) {
            throw new Conflict("Vendor application " + after.id() + " was changed meanwhile; read it again");
        }
        return new VendorApplication(after.id(), after.userId(), after.businessName(), after.town(), after.tpin(),
                after.payoutNumber(), after.payoutNetwork(), after.kycDocuments(), after.status(), after.decidedBy(),
                after.decisionNote(), after.decidedAt(), after.createdAt(), before.version() + 1);
    }

    @Override
    public List<VendorApplication> find(Optional<UUID> userId, Optional<VendorApplication.Status> status,
                                        Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM vendor_applications
                        WHERE (CAST(:user AS uuid) IS NULL OR user_id = CAST(:user AS uuid))
                          AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                          AND id < :before
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("user", userId.map(UUID::toString).orElse(null))
                .bind("status", status.map(Enum::name).orElse(null))
                .bind("before", before.orElse(LAST_UUID)).bind("limit", limit)
                .map((rs, ctx) -> application(rs)).list());
    }

    private static VendorApplication application(ResultSet rs) throws SQLException {
        Array documents = rs.getArray("kyc_documents");
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new VendorApplication(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("business_name"), rs.getString("town"), rs.getString("tpin"),
                new PhoneNumber(rs.getString("payout_number")), MobileNetwork.valueOf(rs.getString("payout_network")),
                Arrays.stream((String[]) documents.getArray()).map(URI::create).toList(),
                VendorApplication.Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(rs.getString("decision_note")),
                Optional.ofNullable(decided).map(OffsetDateTime::toInstant),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
