package com.pakashop.application.fraud;

import com.pakashop.application.events.FraudCaseOpened;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.payments.PaymentScreening;
import com.pakashop.domain.fraud.FraudCase;
import com.pakashop.domain.fraud.FraudRule;
import com.pakashop.domain.fraud.RiskAssessment;
import com.pakashop.domain.fraud.Signals;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens every payment initiation (seed §4.5): counts the attempt by IP, account and payer
 * number, reads the buyer's history, scores it with the current rules, and, at or above the
 * review score, opens a case and refuses the attempt before any provider call. Orders a reviewer
 * approved are not screened again.
 */
public final class ScreeningPayments implements PaymentScreening {
    private static final Logger log = LoggerFactory.getLogger(ScreeningPayments.class);
    private static final Duration HOUR = Duration.ofHours(1);
    /** The platform's average order moves slowly; reading it on every attempt scanned a month of orders. */
    private static final Duration AVERAGE_REFRESH = Duration.ofMinutes(10);

    private final FraudCounters counters;
    private final FraudHistory history;
    private final FraudCases cases;
    private final FraudPolicy policy;
    private final List<FraudRule> rules;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;
    private volatile PlatformAverage platformAverage;

    public ScreeningPayments(FraudCounters counters, FraudHistory history, FraudCases cases, FraudPolicy policy,
                             Outbox outbox, Ids ids, Clock clock) {
        this.counters = counters;
        this.history = history;
        this.cases = cases;
        this.policy = policy;
        this.rules = policy.rules();
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public boolean clears(PaymentAttempt attempt) {
        if (cases.approvedFor(attempt.orderIds()).isPresent()) {
            return true;
        }
        Instant now = clock.instant();
        RiskAssessment risk = RiskAssessment.of(rules, signals(attempt, now));
        if (!risk.needsReview(policy.reviewScore())) {
            return true;
        }
        FraudCase opened = FraudCase.open(ids.next(), attempt.buyerId(), attempt.orderIds(), attempt.amount(), risk, now);
        cases.add(opened);
        outbox.append(new FraudCaseOpened(opened.id(), attempt.buyerId(), risk.score(),
                risk.reasons().stream().map(r -> r.rule()).toList()));
        log.warn("Payment attempt by {} held for review: score {} ({})", attempt.buyerId(), risk.score(),
                risk.reasons().stream().map(r -> r.rule()).toList());
        return false;
    }

    private Money platformAverage(Instant now) {
        PlatformAverage known = platformAverage;
        if (known == null || known.readAt().plus(AVERAGE_REFRESH).isBefore(now)) {
            known = new PlatformAverage(history.platformAverage(now.minus(Duration.ofDays(30)))
                    .orElse(policy.platformBaseline()), now);
            platformAverage = known;
        }
        return known.average();
    }

    private record PlatformAverage(Money average, Instant readAt) {
    }

    private Signals signals(PaymentAttempt attempt, Instant now) {
        List<Long> counted = counters.attempts(List.of("ip:" + attempt.ip(), "account:" + attempt.buyerId(),
                "phone:" + attempt.payer().map(PhoneNumber::e164).orElse("card")), HOUR);
        long byIp = counted.get(0);
        long byAccount = counted.get(1);
        long byPhone = attempt.payer().isPresent() ? counted.get(2) : 0L;
        FraudHistory.BuyerRecord buyer = history.buyer(attempt.buyerId(), attempt.shopIds(),
                now.minus(Duration.ofDays(1)));
        Optional<String> payer = attempt.payer().map(PhoneNumber::e164);
        boolean ownsShop = buyer.shopOwners().contains(attempt.buyerId());
        boolean payoutNumber = payer.isPresent() && buyer.shopPayoutNumbers().contains(payer.get());
        return new Signals(byIp, byAccount, byPhone, Duration.between(buyer.createdAt(), now), buyer.paidOrders(),
                attempt.amount(), buyer.averageOrder(),
                platformAverage(now),
                ownsShop, payoutNumber, buyer.failedNumbers());
    }
}
