package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.DatabaseSettings;
import com.pakashop.adapter.persistence.DatabaseUnreachable;
import com.pakashop.adapter.persistence.DbSchedulerJobs;
import com.pakashop.adapter.persistence.FlywayMigrations;
import com.pakashop.adapter.persistence.JdbiAuditLog;
import com.pakashop.adapter.persistence.JdbiExpiredRows;
import com.pakashop.adapter.persistence.JdbiFlagStore;
import com.pakashop.adapter.persistence.JdbiOutbox;
import com.pakashop.adapter.persistence.JdbiOutboxDeliveries;
import com.pakashop.adapter.persistence.JdbiProcessedEvents;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.persistence.PostgresDatabase;
import com.pakashop.adapter.persistence.PostgresDatabases;
import com.pakashop.adapter.persistence.PostgresReadiness;
import com.pakashop.adapter.redis.FailoverRateLimiter;
import com.pakashop.adapter.redis.InProcessRateLimiter;
import com.pakashop.adapter.redis.RedisConnector;
import com.pakashop.adapter.redis.RedisFlagCache;
import com.pakashop.adapter.redis.RedisRateLimiter;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.config.FeatureFlags;
import com.pakashop.application.config.FlagCache;
import com.pakashop.application.demo.SeedingDemo;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.RelayingOutboxEvents;
import com.pakashop.application.events.ReplayingDeadLetter;
import com.pakashop.application.events.RetrySchedule;
import com.pakashop.application.health.CheckingReadiness;
import com.pakashop.application.health.ReadinessProbe;
import com.pakashop.application.jobs.PurgingExpiredRows;
import com.pakashop.application.jobs.RecurringJob;
import com.pakashop.application.operations.SchemaMigrations;
import com.pakashop.application.ratelimit.RateLimiter;
import com.pakashop.application.shared.Transactions;
import com.pakashop.bootstrap.config.Mode;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.shared.Ids;
import com.pakashop.support.http.HttpClients;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only class that knows every adapter. Shells ask it for use cases,
 * probes and background work, and never see an adapter type.
 */
public final class Pakashop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pakashop.class);
    private static final Duration OUTBOX_LEASE = Duration.ofMinutes(5);
    private static final int RELAY_BATCH = 100;
    private static final int MAX_IN_PROCESS_BUCKETS = 100_000;
    /** How long an instance trusts its own copy of a flag: a change reaches every instance within this. */
    private static final Duration FLAG_LOCAL_TTL = Duration.ofSeconds(5);
    /** Times at the precision PostgreSQL stores them (see {@link MicrosecondClock}). */
    private static final Clock STORED_PRECISION = new MicrosecondClock(Clock.systemUTC());

    private final PakashopConfig config;
    private final Clock clock;
    private final HttpClients httpClients = new HttpClients();
    private final PostgresDatabase database;
    private final JdbiTransactions transactions;
    private final Optional<RedisConnector> redis;
    private final RateLimiter rateLimiter;
    private final CheckingReadiness readiness;
    private final SchemaMigrations migrations;
    private final JdbiOutboxDeliveries deliveries;
    private final Outbox outbox;
    private final List<EventHandler> handlers;
    private final IdentityModule identity;
    private final Auditing auditing;
    private final CatalogModule catalog;
    private final OrderingModule ordering;
    private final PaymentsModule payments;
    private final TrackingModule tracking;
    private final TrustModule trust;
    private final FeatureFlags featureFlags;
    private final InvoicingModule invoicing;
    private final SettlementModule settlement;
    private final ReconciliationModule reconciliation;

    private Pakashop(PakashopConfig config, Clock clock, PostgresDatabase database) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        Ids ids = new Ids(clock);
        this.transactions = new JdbiTransactions(database.jdbi());
        this.migrations = new FlywayMigrations(database.dataSource());
        this.deliveries = new JdbiOutboxDeliveries(transactions, ids);
        this.outbox = new JdbiOutbox(transactions, ids, clock);
        this.auditing = new Auditing(new JdbiAuditLog(transactions), ids, clock);
        this.identity = new IdentityModule(config, transactions, auditing, ids, clock);
        this.catalog = new CatalogModule(config.providers(), transactions, outbox, auditing, ids, clock);
        this.ordering = new OrderingModule(config.commerce(), transactions, outbox, auditing, ids, clock);

        List<ReadinessProbe> probes = new ArrayList<>();
        probes.add(new PostgresReadiness(transactions));
        InProcessRateLimiter local = new InProcessRateLimiter(MAX_IN_PROCESS_BUCKETS);
        if (config.redisUrl().isPresent()) {
            RedisConnector connector = new RedisConnector(config.redisUrl().get(), Duration.ofMillis(500),
                    Duration.ofSeconds(5), clock);
            FailoverRateLimiter failover = new FailoverRateLimiter(
                    new RedisRateLimiter(connector, config.redisKeyPrefix()), connector, local, Duration.ofSeconds(5), clock);
            this.redis = Optional.of(connector);
            this.rateLimiter = failover;
            probes.add(failover);
        } else {
            this.redis = Optional.empty();
            this.rateLimiter = local;
        }
        this.readiness = new CheckingReadiness(probes);
        this.featureFlags = new FeatureFlags(new JdbiFlagStore(transactions), redis.<FlagCache>map(connector ->
                new RedisFlagCache(connector, config.providers().featureFlagsRedisKey())).orElse(FlagCache.NONE),
                auditing, transactions, FLAG_LOCAL_TTL, clock);
        this.trust = new TrustModule(config, httpClients, redis, transactions, outbox, auditing, identity.notifier(),
                ordering.movingOrders(), ids, clock);
        this.payments = new PaymentsModule(httpClients, config.providers(), config.payments(), transactions, outbox, auditing,
                trust.screening(), ordering.movingOrders(), ids, clock);
        this.tracking = new TrackingModule(config, redis, identity, transactions, outbox, auditing, ids, clock);
        this.invoicing = new InvoicingModule(config, httpClients, transactions, featureFlags, auditing, ids, clock);
        this.settlement = new SettlementModule(config.backOffice(), transactions, payments.routing(), payments.ledger(),
                auditing, ids, clock);
        this.reconciliation = new ReconciliationModule(config.backOffice(), transactions, auditing, ids, clock);
        this.handlers = List.of(ordering.earningPoints(), payments.refundingCancelledOrders(),
                tracking.notifyingArrivals(), tracking.publishingStages(), trust.moderatingImages(), invoicing.issuing(),
                settlement.followingReportedPayouts());
    }

    /** Connects to PostgreSQL (creating the dev database on first run) without migrating. */
    public static Pakashop connect(PakashopConfig config) {
        DatabaseSettings settings = new DatabaseSettings(config.database().jdbcUrl(), config.database().user(),
                config.database().password().reveal(), config.databasePoolSize(), Duration.ofSeconds(3));
        try {
            if (config.mode() == Mode.DEV && PostgresDatabases.createIfMissing(settings)) {
                log.info("Created the development database {}", config.database().database());
            }
            return new Pakashop(config, STORED_PRECISION, PostgresDatabase.open(settings));
        } catch (DatabaseUnreachable | IllegalArgumentException e) {
            throw new StartupFailure(e.getMessage(), e);
        }
    }

    /** Connects and applies pending migrations: what every long-running shell does at start-up. */
    public static Pakashop start(PakashopConfig config) {
        Pakashop pakashop = connect(config);
        int applied = pakashop.migrations.migrate();
        if (applied > 0) {
            log.info("Applied {} database migration(s)", applied);
        }
        pakashop.announceGeneratedKeys();
        return pakashop;
    }

    /** Whether the database has every migration this build knows: read-only commands need it and never migrate. */
    public boolean schemaReady() {
        return migrations.pending() == 0;
    }

    /** This, once the schema is current; otherwise a StartupFailure telling the operator to migrate. */
    public Pakashop requireCurrentSchema() {
        int pending = migrations.pending();
        if (pending > 0) {
            close();
            throw new StartupFailure("the database schema is behind this build (" + pending
                    + " migration(s) pending); apply them with: pakashop db migrate", null);
        }
        return this;
    }

    private void announceGeneratedKeys() {
        if (config.mode() != Mode.DEV || config.keys().generated().isEmpty()) {
            return;
        }
        log.warn("Development keys generated and kept in the dev key file (see config check): {}", config.keys().generated());
        if (config.keys().generated().contains("PAKASHOP_CLIENT_KEY")) {
            log.warn("Send this as x-pakashop-key (dev only, printed once): {}", config.keys().clientKey().reveal());
        }
    }

    public PakashopConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public Transactions transactions() {
        return transactions;
    }

    public Outbox outbox() {
        return outbox;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public CheckingReadiness readiness() {
        return readiness;
    }

    public SchemaMigrations migrations() {
        return migrations;
    }

    public IdentityModule identity() {
        return identity;
    }

    public CatalogModule catalog() {
        return catalog;
    }

    /** Demo data for a newcomer; the CLI refuses it in prod. */
    public SeedingDemo seedingDemo() {
        return new SeedingDemo(identity.creatingFirstAdmin(), identity.registering(), identity.administering(),
                catalog.runningShops(), catalog.moderatingShops(), catalog.managingCategories(), catalog.managingProducts(),
                ordering.managingCoupons(), tracking.findingAgents(), transactions, clock);
    }

    public OrderingModule ordering() {
        return ordering;
    }

    public PaymentsModule payments() {
        return payments;
    }

    public TrackingModule tracking() {
        return tracking;
    }

    public TrustModule trust() {
        return trust;
    }

    public FeatureFlags featureFlags() {
        return featureFlags;
    }

    public InvoicingModule invoicing() {
        return invoicing;
    }

    public SettlementModule settlement() {
        return settlement;
    }

    public ReconciliationModule reconciliation() {
        return reconciliation;
    }

    /** Called by the HTTP shell once it listens, so callbacks to ourselves know where to go. */
    public void listeningAt(URI base) {
        payments.listeningAt(base, config.payments());
    }

    public ListingDeadLetters listingDeadLetters() {
        return new ListingDeadLetters(deliveries);
    }

    public ReplayingDeadLetter replayingDeadLetter() {
        return new ReplayingDeadLetter(deliveries, transactions, auditing, clock);
    }

    public RelayingOutboxEvents relayingOutboxEvents() {
        return new RelayingOutboxEvents(handlers, deliveries, new JdbiProcessedEvents(transactions), transactions,
                new RetrySchedule(config.worker().maxDeliveryAttempts(), Duration.ofSeconds(5), Duration.ofHours(1)),
                OUTBOX_LEASE, RELAY_BATCH, clock);
    }

    public PurgingExpiredRows purgingExpiredRows() {
        return new PurgingExpiredRows(new JdbiExpiredRows(transactions), config.worker().outboxRetention(), clock);
    }

    /** The recurring jobs of a worker; nothing runs until {@link BackgroundWork#start()}. */
    public BackgroundWork backgroundWork() {
        RelayingOutboxEvents relay = relayingOutboxEvents();
        PurgingExpiredRows purge = purgingExpiredRows();
        List<RecurringJob> jobs = List.of(
                new RecurringJob("outbox-relay", config.worker().pollInterval(), relay::relayOnce),
                new RecurringJob("purge-expired-rows", Duration.ofHours(1), purge::purge),
                new RecurringJob("expire-unpaid-orders", Duration.ofMinutes(1), ordering.expiringOrders()::expireDue),
                new RecurringJob("expire-loyalty-points", Duration.ofHours(1), ordering.expiringPoints()::expireDue),
                new RecurringJob("recheck-payments", Duration.ofMinutes(1), payments.reconciling()::recheck),
                new RecurringJob("recheck-refunds", Duration.ofMinutes(1), payments.recheckingRefunds()::recheck),
                new RecurringJob("transmit-invoices", Duration.ofSeconds(30), invoicing.transmitting()::transmitDue),
                new RecurringJob("settle-payouts", Duration.ofMinutes(1), settlement.running()::runDue),
                new RecurringJob("reconcile-daily", Duration.ofMinutes(30), reconciliation.daily()::runDue),
                new RecurringJob("purge-track-fixes", Duration.ofHours(6),
                        () -> tracking.purgeOldFixes(clock, config.tracking().fixRetention())));
        return new BackgroundWork(new DbSchedulerJobs(database.dataSource(), config.worker().pollInterval(), 4,
                config.http().shutdownGrace()), jobs);
    }

    @Override
    public void close() {
        payments.close();
        tracking.close();
        redis.ifPresent(RedisConnector::close);
        httpClients.close();
        database.close();
    }
}
