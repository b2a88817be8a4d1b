package com.pakashop.adapter.persistence;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.application.moderation.ModerationCases;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.moderation.Verdict;
import com.pakashop.domain.shared.Conflict;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Moderation cases, one per product image; the flagged categories and scores as JSON. */
public final class JdbiModerationCases implements ModerationCases {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, subject_kind, subject_id, image_url, verdict, categories, status, reviewer, note, created_at, decided_at,
            version""";

    private final JdbiTransactions tx;

    public JdbiModerationCases(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean add(ModerationCase c) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO moderation_cases (id, subject_kind, subject_id, product_id, image_url, verdict, categories,
                                                      status, created_at, decided_at, version)
                        VALUES (:id, :kind, :subject, CAST(:product AS uuid), :url, :verdict, CAST(:categories AS jsonb),
                                :status, :created, :decided, 0)
                        ON CONFLICT (subject_kind, subject_id, image_url) DO NOTHING""")
                .bind("id", c.id()).bind("kind", c.subject().kind().name()).bind("subject", c.subject().id())
                .bind("product", c.subject().kind() == ModerationCase.Subject.Kind.PRODUCT_IMAGE
                        ? c.subject().id().toString() : null)
                .bind("url", c.image().toString())
                .bind("verdict", c.verdict().kind().name()).bind("categories", write(c.verdict().categories()))
                .bind("status", c.status().name()).bind("created", c.createdAt())
                .bind("decided", c.decidedAt().orElse(null)).execute()) == 1;
    }

    @Override
    public Optional<ModerationCase> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM moderation_cases WHERE id = :id", id);
    }

    @Override
    public Optional<ModerationCase> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM moderation_cases WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public List<ModerationCase> find(Optional<ModerationCase.Status> status, Optional<UUID> before, int limit) {
        return ReviewQueues.page(tx, "moderation_cases", COLUMNS, status, before, limit, (rs, ctx) -> moderationCase(rs));
    }

    @Override
    public Set<URI> approvedImages(UUID productId) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT image_url FROM moderation_cases WHERE subject_kind = 'PRODUCT_IMAGE' AND subject_id = :product"
                        + " AND status = 'APPROVED'")
                .bind("product", productId).mapTo(String.class).stream().map(URI::create)
                .collect(Collectors.toSet()));
    }

    @Override
    public ModerationCase update(ModerationCase before, ModerationCase after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE moderation_cases SET status = :status, reviewer = :reviewer, note = :note,
                                   decided_at = :decided, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("status", after.status().name()).bind("reviewer", after.reviewer().orElse(null))
                    .bind("note", after.note().orElse(null))
                    .bind("decided", after.decidedAt().orElse(null))
                    .bind("id", after.id()).bind("version", before.version()).execute();
            if (updated != 1) {
                throw new Conflict("Moderation case " + after.id() + " was decided meanwhile; reload it");
            }
            return new ModerationCase(after.id(), after.subject(), after.image(), after.verdict(), after.status(),
                    after.reviewer(), after.note(), after.createdAt(), after.decidedAt(), before.version() + 1);
        });
    }

    private Optional<ModerationCase> one(String sql, UUID id) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("id", id).map((rs, ctx) -> moderationCase(rs))
                .findOne());
    }

    private static ModerationCase moderationCase(ResultSet rs) throws SQLException {
        return new ModerationCase(rs.getObject("id", UUID.class), new ModerationCase.Subject(
                ModerationCase.Subject.Kind.valueOf(rs.getString("subject_kind")), rs.getObject("subject_id", UUID.class)),
                URI.create(rs.getString("image_url")),
                new Verdict(Verdict.Kind.valueOf(rs.getString("verdict")), read(rs.getString("categories"))),
                ModerationCase.Status.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("reviewer")),
                Optional.ofNullable(rs.getString("note")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("decided_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getInt("version"));
    }

    private static String write(Map<String, Double> scores) {
        try {
            return MAPPER.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores always serialise", e);
        }
    }

    private static Map<String, Double> read(String json) {
        try {
            return MAPPER.readValue(json, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scores are unreadable", e);
        }
    }
}
