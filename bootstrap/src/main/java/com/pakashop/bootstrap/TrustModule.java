package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiFraudCases;
import com.pakashop.adapter.persistence.JdbiFraudCounters;
import com.pakashop.adapter.persistence.JdbiFraudHistory;
import com.pakashop.adapter.persistence.JdbiModerationCases;
import com.pakashop.adapter.persistence.JdbiProducts;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.redis.RedisConnector;
import com.pakashop.adapter.redis.RedisFraudCounters;
import com.pakashop.adapter.sightengine.ManualReviewModerator;
import com.pakashop.adapter.sightengine.SightengineModerator;
import com.pakashop.adapter.sightengine.SightengineSettings;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.fraud.FallbackFraudCounters;
import com.pakashop.application.fraud.FraudCounters;
import com.pakashop.application.fraud.FraudPolicy;
import com.pakashop.application.fraud.ReviewingFraudCases;
import com.pakashop.application.fraud.ScreeningPayments;
import com.pakashop.application.moderation.ContentModerator;
import com.pakashop.application.moderation.ModeratingImages;
import com.pakashop.application.moderation.ReviewingModeration;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.payments.PaymentScreening;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.bootstrap.config.TrustSettings;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trust and safety: fraud screening of payments with its review queue, and image moderation with its own. */
public final class TrustModule {
    private static final Logger log = LoggerFactory.getLogger(TrustModule.class);

    private final ScreeningPayments screening;
    private final boolean screeningOn;
    private final JdbiFraudCases fraudCases;
    private final ModeratingImages moderatingImages;
    private final ReviewingModeration reviewingModeration;
    private final ReviewingFraudCases reviewingFraud;

    TrustModule(PakashopConfig config, HttpClients clients, Optional<RedisConnector> redis, JdbiTransactions tx, Outbox outbox,
                Auditing auditing, Notifier notifier, MovingOrders movingOrders, Ids ids, Clock clock) {
        TrustSettings trust = config.trust();
        FraudCounters database = new JdbiFraudCounters(tx, clock);
        FraudCounters counters = redis.<FraudCounters>map(connector -> new FallbackFraudCounters(
                new RedisFraudCounters(connector, config.redisKeyPrefix(), clock), database)).orElse(database);
        FraudPolicy policy = new FraudPolicy(trust.reviewScore(), trust.attemptsPerHour(), trust.amountFactor(),
                trust.minimumHistory(), Money.zmw(trust.platformBaselineNgwee()), trust.newAccount(),
                Money.zmw(trust.newAccountAmountNgwee()), trust.failedNumbers(), trust.weights());
        this.fraudCases = new JdbiFraudCases(tx);
        this.screening = new ScreeningPayments(counters, new JdbiFraudHistory(tx), fraudCases, policy, outbox, ids, clock);
        this.screeningOn = trust.screening();
        if (!screeningOn) {
            log.warn("PAKASHOP_FRAUD_SCREENING=false: payments are NOT screened for fraud");
        }
        JdbiModerationCases moderationCases = new JdbiModerationCases(tx);
        JdbiProducts products = new JdbiProducts(tx, clock);
        this.moderatingImages = new ModeratingImages(moderator(config, clients, trust), moderationCases, products, tx, ids, clock);
        this.reviewingModeration = new ReviewingModeration(moderationCases, products, new JdbiShops(tx, clock), notifier,
                auditing, tx, clock);
        this.reviewingFraud = new ReviewingFraudCases(fraudCases, movingOrders, auditing, tx, clock);
    }

    private static ContentModerator moderator(PakashopConfig config, HttpClients clients, TrustSettings trust) {
        if (config.providers().sightengineApiUser().isEmpty() || config.providers().sightengineApiSecret().isEmpty()) {
            log.warn("No SIGHTENGINE_API_USER and SIGHTENGINE_API_SECRET: every product image waits for a moderator "
                    + "(PENDING_MANUAL_REVIEW)");
            return new ManualReviewModerator();
        }
        return new SightengineModerator(clients, new SightengineSettings(URI.create(trust.sightengineBaseUrl()),
                config.providers().sightengineApiUser().get(), config.providers().sightengineApiSecret().get().reveal(),
                trust.moderationTimeout(), trust.moderationModels(), trust.moderationThresholds()));
    }

    /** Off only by PAKASHOP_FRAUD_SCREENING=false (to measure what screening costs, or in an emergency). */
    public PaymentScreening screening() {
        return screeningOn ? screening : attempt -> true;
    }

    public ReviewingFraudCases reviewingFraud() {
        return reviewingFraud;
    }

    public ReviewingModeration reviewingModeration() {
        return reviewingModeration;
    }

    EventHandler moderatingImages() {
        return moderatingImages;
    }
}
