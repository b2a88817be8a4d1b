package com.pakashop.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ordering.DiscountFunder;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.ordering.PricingRules.Discounts;
import com.pakashop.domain.ordering.PricingRules.PricedLine;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SmartInvoicesTest {
    private static final Instant PAID = Instant.parse("2026-11-24T12:30:05Z");

    @Test
    void theVatInsideAVatInclusivePriceIsSplitAsInZrasSample() {
        VatSplit hundred = VatSplit.of(Money.zmw(10_000), VatSplit.STANDARD_RATE);
        VatSplit sample = VatSplit.of(Money.zmw(15_000), VatSplit.STANDARD_RATE);

        assertThat(hundred.taxable()).isEqualByComparingTo("86.2069");
        assertThat(hundred.tax()).isEqualByComparingTo("13.7931");
        assertThat(sample.taxable()).isEqualByComparingTo("129.3103");
        assertThat(sample.tax()).isEqualByComparingTo("20.6897");
        assertThat(sample.taxable().scale()).isEqualTo(4);
    }

    @Test
    void aSaleCarriesTheGoodsLessTheVendorsOwnCouponSpreadOverTheLines() {
        Order order = order(List.of(line("Chitenge", 15_000, 2), line("Kapenta 1kg", 9_950, 1)),
                new PricedDiscount(DiscountFunder.VENDOR, 4_000, 0));

        InvoiceDocument sale = SmartInvoices.sale(order, "1002345678", "000", "PKS-0000000001", PaymentType.MOBILE_MONEY, PAID);

        assertThat(sale.lines()).hasSize(2);
        assertThat(sale.lines().get(0).supply()).isEqualTo(Money.zmw(30_000));
        assertThat(sale.lines().stream().map(InvoiceLine::discount).reduce(Money.zmw(0), Money::plus))
                .isEqualTo(Money.zmw(4_000));
        assertThat(sale.total()).isEqualTo(Money.zmw(39_950 - 4_000));
        assertThat(sale.total()).isEqualTo(order.breakdown().vendorNet().plus(order.breakdown().commission()));
    }

    @Test
    void whatThePlatformFundsStaysInTheVendorsSale() {
        Order order = order(List.of(line("Blanket", 30_000, 1)), new PricedDiscount(DiscountFunder.PLATFORM, 5_000, 1_000));

        InvoiceDocument sale = SmartInvoices.sale(order, "1002345678", "000", "PKS-0000000002", PaymentType.CARD, PAID);

        assertThat(sale.total()).isEqualTo(Money.zmw(30_000));
        assertThat(sale.lines().get(0).discount()).isEqualTo(Money.zmw(0));
    }

    @Test
    void creditNotesCreditAtMostWhatIsLeftAndKeepQuantitiesAndPrices() {
        InvoiceDocument sale = SmartInvoices.sale(order(List.of(line("Chitenge", 15_000, 2), line("Salt", 1_200, 3)),
                PricedDiscount.NONE), "1002345678", "000", "PKS-0000000003", PaymentType.MOBILE_MONEY, PAID);

        InvoiceDocument part = SmartInvoices.creditNote(sale, Money.zmw(5_000), Money.zmw(0), CreditReason.PARTIAL_REFUND,
                "PKS-0000000004", PAID.plusSeconds(60));
        InvoiceDocument rest = SmartInvoices.creditNote(sale, sale.total().minus(Money.zmw(5_000)), Money.zmw(5_000),
                CreditReason.ORDER_CANCELLED, "PKS-0000000005", PAID.plusSeconds(120));

        assertThat(part.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(part.total()).isEqualTo(Money.zmw(5_000));
        assertThat(part.lines()).allSatisfy(l -> assertThat(l.quantity()).isIn(2L, 3L));
        assertThat(part.lines().get(0).unitPrice()).isEqualTo(Money.zmw(15_000));
        assertThat(rest.total().plus(part.total())).isEqualTo(sale.total());
        assertThatThrownBy(() -> SmartInvoices.creditNote(sale, Money.zmw(1), sale.total(), CreditReason.PARTIAL_REFUND,
                "PKS-0000000006", PAID)).isInstanceOf(Conflict.class);
    }

    @Test
    void aDocumentRefusesABadTpinOrBranch() {
        List<InvoiceLine> lines = List.of(new InvoiceLine(1, UUID.randomUUID(), "Salt", 1, Money.zmw(1_200), Money.zmw(0)));
        assertThatThrownBy(() -> new InvoiceDocument(InvoiceKind.SALE, "123456789", "000", "PKS-1", PaymentType.CARD,
                PAID, lines, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceDocument(InvoiceKind.SALE, "1234567890", "0001", "PKS-1", PaymentType.CARD,
                PAID, lines, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void taxableAndTaxAlwaysAddUpToTheTotalToTheNgwee(
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 5_000_000) Long> prices,
            @ForAll @IntRange(min = 1, max = 20) int quantity, @ForAll @LongRange(min = 0, max = 10_000) long couponBps) {
        List<OrderLine> lines = new ArrayList<>();
        for (long price : prices) {
            lines.add(line("Item", price, quantity));
        }
        long subtotal = prices.stream().mapToLong(p -> p * quantity).sum();
        Order order = order(lines, new PricedDiscount(DiscountFunder.VENDOR, subtotal * couponBps / 10_000, 0));

        InvoiceDocument sale = SmartInvoices.sale(order, "1002345678", "000", "PKS-1", PaymentType.MOBILE_MONEY, PAID);
        VatSplit vat = sale.vat();

        BigDecimal total = BigDecimal.valueOf(sale.total().minor(), 2);
        assertThat(vat.taxable().add(vat.tax())).isEqualByComparingTo(total);
        assertThat(vat.gross()).isEqualByComparingTo(total);
        assertThat(vat.tax().subtract(total.multiply(BigDecimal.valueOf(16))
                .divide(BigDecimal.valueOf(116), 4, RoundingMode.HALF_UP)).abs())
                .as("per-line rounding moves the VAT by at most half a ten-thousandth a line")
                .isLessThanOrEqualTo(BigDecimal.valueOf(prices.size()).multiply(new BigDecimal("0.0001")));
    }

    private static OrderLine line(String title, long ngwee, long quantity) {
        return new OrderLine(UUID.randomUUID(), title, Money.zmw(ngwee), quantity);
    }

    private static Order order(List<OrderLine> lines, PricedDiscount discount) {
        long subtotal = lines.stream().mapToLong(l -> l.lineTotal().minor()).sum();
        List<Money> coupons = Money.zmw(discount.coupon()).allocate(lines.stream().map(l -> l.lineTotal().minor()).toList());
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            priced.add(new PricedLine(lines.get(i).lineTotal(), 1_000, 0, coupons.get(i)));
        }
        PriceBreakdown breakdown = PricingRules.price(priced, new Discounts(discount.funder(),
                Money.zmw(Math.min(discount.loyalty(), subtotal - discount.coupon()))), Money.zmw(2_500));
        return Order.place(UUID.randomUUID(), "PKS-TEST", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), lines,
                breakdown, PAID, PAID.plusSeconds(1_800));
    }

    private record PricedDiscount(DiscountFunder funder, long coupon, long loyalty) {
        static final PricedDiscount NONE = new PricedDiscount(DiscountFunder.VENDOR, 0, 0);
    }
}
