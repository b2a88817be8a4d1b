package com.pakashop.domain.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule at, below and above its threshold, and how the score is made of them. */
class FraudRulesTest {
    /** An established buyer paying an ordinary amount from their own number: nothing fires. */
    private static final Signals CALM = new Signals(1, 1, 1, Duration.ofDays(200), 12, Money.zmw(20_000),
            Optional.of(Money.zmw(18_000)), Money.zmw(25_000), false, false, 0);

    @Test
    void velocityFiresAboveFiveAttemptsAnHourForEachOfIpAccountAndPhone() {
        Velocity ip = Velocity.byIp(5, 30);
        Velocity account = Velocity.byAccount(5, 40);
        Velocity phone = Velocity.byPhone(5, 40);

        assertThat(ip.evaluate(with(4, 1, 1))).isEmpty();
        assertThat(ip.evaluate(with(5, 1, 1))).as("at the limit").isEmpty();
        assertThat(ip.evaluate(with(6, 1, 1))).contains(new Reason("velocity-ip",
                "6 attempts in an hour by one ip (more than 5)", 30));
        assertThat(account.evaluate(with(1, 5, 1))).isEmpty();
        assertThat(account.evaluate(with(1, 6, 1)).map(Reason::contribution)).contains(40);
        assertThat(phone.evaluate(with(1, 1, 5))).isEmpty();
        assertThat(phone.evaluate(with(1, 1, 6)).map(Reason::rule)).contains("velocity-phone");
    }

    @Test
    void amountAnomalyComparesWithTheBuyersAverageOrThePlatformsForNewBuyers() {
        AmountAnomaly rule = new AmountAnomaly(3, 3, 30);
        Signals established = CALM;
        Signals newBuyer = new Signals(1, 1, 1, Duration.ofDays(200), 1, Money.zmw(0), Optional.of(Money.zmw(1_000)),
                Money.zmw(25_000), false, false, 0);

        assertThat(rule.evaluate(amount(established, 53_999))).as("below 3 x 180.00").isEmpty();
        assertThat(rule.evaluate(amount(established, 54_000))).as("exactly 3 x").isEmpty();
        assertThat(rule.evaluate(amount(established, 54_001)).map(Reason::evidence))
                .hasValueSatisfying(e -> assertThat(e).contains("buyer's average of 180.00"));
        assertThat(rule.evaluate(amount(newBuyer, 75_000))).as("3 x the platform's 250.00").isEmpty();
        assertThat(rule.evaluate(amount(newBuyer, 75_001)).map(Reason::evidence))
                .hasValueSatisfying(e -> assertThat(e).contains("platform's average"));
    }

    @Test
    void selfDealingFiresWhenTheBuyerOwnsTheShopOrPaysFromItsPayoutNumber() {
        SelfDealing rule = new SelfDealing(70);

        assertThat(rule.evaluate(CALM)).isEmpty();
        assertThat(rule.evaluate(selfDealing(true, false)).map(Reason::evidence)).contains("the buyer owns a shop being paid");
        assertThat(rule.evaluate(selfDealing(false, true)).map(Reason::contribution)).contains(70);
    }

    @Test
    void aNewAccountsHighValueFirstOrderFiresOnlyWhenAllThreeHold() {
        NewAccountHighValue rule = new NewAccountHighValue(Duration.ofDays(7), Money.zmw(200_000), 30);
        Signals young = new Signals(1, 1, 1, Duration.ofHours(3), 0, Money.zmw(200_001), Optional.empty(),
                Money.zmw(25_000), false, false, 0);

        assertThat(rule.evaluate(young).map(Reason::rule)).contains("new-account-high-value");
        assertThat(rule.evaluate(amount(young, 200_000))).as("at the threshold").isEmpty();
        assertThat(rule.evaluate(new Signals(1, 1, 1, Duration.ofDays(7), 0, Money.zmw(200_001), Optional.empty(),
                Money.zmw(25_000), false, false, 0))).as("a week old").isEmpty();
        assertThat(rule.evaluate(new Signals(1, 1, 1, Duration.ofHours(3), 1, Money.zmw(200_001), Optional.empty(),
                Money.zmw(25_000), false, false, 0))).as("not the first order").isEmpty();
    }

    @Test
    void manyFailedNumbersFiresAboveTheLimit() {
        ManyFailedNumbers rule = new ManyFailedNumbers(3, 40);

        assertThat(rule.evaluate(failed(3))).isEmpty();
        assertThat(rule.evaluate(failed(4)).map(Reason::contribution)).contains(40);
    }

    @Test
    void theScoreIsTheSumOfWhatFiredCappedAtAHundredWithEveryReasonInOrder() {
        List<FraudRule> rules = List.of(Velocity.byIp(5, 30), Velocity.byAccount(5, 40), new SelfDealing(70));

        RiskAssessment calm = RiskAssessment.of(rules, CALM);
        RiskAssessment two = RiskAssessment.of(rules, with(6, 6, 1));
        RiskAssessment all = RiskAssessment.of(rules, new Signals(9, 9, 1, Duration.ofDays(200), 12, Money.zmw(20_000),
                Optional.of(Money.zmw(18_000)), Money.zmw(25_000), true, false, 0));

        assertThat(calm.score()).isZero();
        assertThat(calm.reasons()).isEmpty();
        assertThat(two.score()).isEqualTo(70);
        assertThat(two.reasons()).extracting(Reason::rule).containsExactly("velocity-ip", "velocity-account");
        assertThat(all.score()).as("30 + 40 + 70, capped").isEqualTo(100);
        assertThat(two.needsReview(60)).isTrue();
        assertThat(two.needsReview(71)).isFalse();
    }

    private static Signals with(long ip, long account, long phone) {
        return new Signals(ip, account, phone, CALM.accountAge(), CALM.paidOrders(), CALM.amount(), CALM.buyerAverage(),
                CALM.platformAverage(), false, false, 0);
    }

    private static Signals amount(Signals s, long ngwee) {
        return new Signals(s.attemptsByIp(), s.attemptsByAccount(), s.attemptsByPhone(), s.accountAge(), s.paidOrders(),
                Money.zmw(ngwee), s.buyerAverage(), s.platformAverage(), s.buyerOwnsShop(), s.payerIsShopPayoutNumber(),
                s.failedNumbersToday());
    }

    private static Signals selfDealing(boolean owns, boolean payout) {
        return new Signals(1, 1, 1, CALM.accountAge(), CALM.paidOrders(), CALM.amount(), CALM.buyerAverage(),
                CALM.platformAverage(), owns, payout, 0);
    }

    private static Signals failed(long numbers) {
        return new Signals(1, 1, 1, CALM.accountAge(), CALM.paidOrders(), CALM.amount(), CALM.buyerAverage(),
                CALM.platformAverage(), false, false, numbers);
    }
}
