package com.pakashop.bootstrap;

import com.pakashop.adapter.flutterwave.FlutterwaveProvider;
import com.pakashop.adapter.flutterwave.FlutterwaveSettings;
import com.pakashop.adapter.mockpay.MockPaymentProvider;
import com.pakashop.adapter.pawapay.PawaPayProvider;
import com.pakashop.adapter.pawapay.PawaPaySettings;
import com.pakashop.adapter.persistence.JdbiLedger;
import com.pakashop.adapter.persistence.JdbiOrders;
import com.pakashop.adapter.persistence.JdbiPayments;
import com.pakashop.adapter.persistence.JdbiRefunds;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ledger.ReadingLedger;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.payments.ApplyingPaymentEvents;
import com.pakashop.application.payments.InitiatingPayments;
import com.pakashop.application.payments.PaymentProvider;
import com.pakashop.application.payments.PaymentRouting;
import com.pakashop.application.payments.PaymentScreening;
import com.pakashop.application.payments.ReceivingCallbacks;
import com.pakashop.application.payments.RecheckingRefunds;
import com.pakashop.application.payments.ReconcilingPayments;
import com.pakashop.application.payments.RefundingCancelledOrders;
import com.pakashop.application.payments.RequestingRefunds;
import com.pakashop.application.payments.ResolvingRefunds;
import com.pakashop.application.payments.SettlingRefunds;
import com.pakashop.application.payments.ViewingPayments;
import com.pakashop.bootstrap.config.PaymentProviderChoice;
import com.pakashop.bootstrap.config.PaymentSettings;
import com.pakashop.bootstrap.config.Providers;
import com.pakashop.bootstrap.config.Secret;
import com.pakashop.domain.shared.Ids;
import com.pakashop.support.http.HttpClients;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Payment providers, the payment and refund use cases and the ledger, wired once per process. */
public final class PaymentsModule implements AutoCloseable {
    private static final Duration CALLBACK_MAX_AGE = Duration.ofMinutes(10);

    private final PaymentRouting routing;
    private final Optional<MockPaymentProvider> mock;
    private final JdbiLedger ledger;
    private final InitiatingPayments initiating;
    private final ReceivingCallbacks callbacks;
    private final ViewingPayments viewing;
    private final ReconcilingPayments reconciling;
    private final RequestingRefunds requestingRefunds;
    private final RecheckingRefunds recheckingRefunds;
    private final ResolvingRefunds resolvingRefunds;
    private final RefundingCancelledOrders refundingCancelledOrders;
    private final ReadingLedger readingLedger;

    PaymentsModule(HttpClients clients, Providers providers, PaymentSettings settings, JdbiTransactions tx, Outbox outbox, Auditing auditing,
                   PaymentScreening screening, MovingOrders movingOrders, Ids ids, Clock clock) {
        PaymentRouting routing;
        if (providers.paymentProvider() == PaymentProviderChoice.MOCK) {
            MockPaymentProvider provider = new MockPaymentProvider(providers.pawapayWebhookSecret()
                    .map(Secret::bytes).orElseGet(PaymentsModule::randomKey), settings.mockDelay(), clock);
            settings.publicBaseUrl().map(URI::create).ifPresent(provider::deliverCallbacksTo);
            this.mock = Optional.of(provider);
            routing = new PaymentRouting(List.of(provider), List.of(provider));
        } else {
            this.mock = Optional.empty();
            routing = realProviders(clients, providers, settings, clock);
        }
        this.routing = routing;
        JdbiPayments payments = new JdbiPayments(tx);
        JdbiOrders orders = new JdbiOrders(tx);
        this.ledger = new JdbiLedger(tx);
        this.readingLedger = new ReadingLedger(ledger, tx);
        JdbiRefunds refunds = new JdbiRefunds(tx);
        ApplyingPaymentEvents applying = new ApplyingPaymentEvents(payments, orders, ledger, outbox, tx, ids, clock);
        SettlingRefunds settlingRefunds = new SettlingRefunds(refunds, payments, orders, movingOrders, ledger, outbox,
                tx, ids, clock);
        this.initiating = new InitiatingPayments(orders, payments, routing, screening, tx, settings.frontendUrl(), ids,
                clock);
        this.callbacks = new ReceivingCallbacks(routing, applying, refunds, settlingRefunds, outbox, tx);
        this.viewing = new ViewingPayments(orders, payments, refunds);
        this.reconciling = new ReconcilingPayments(payments, routing, applying, tx, settings.recheckAfter(),
                settings.giveUpAfter(), clock);
        this.requestingRefunds = new RequestingRefunds(payments, refunds, orders, ledger, routing, settlingRefunds,
                auditing, tx, ids, clock);
        this.recheckingRefunds = new RecheckingRefunds(refunds, routing, settlingRefunds, requestingRefunds, tx,
                settings.recheckAfter(), clock);
        this.resolvingRefunds = new ResolvingRefunds(refunds, settlingRefunds, auditing);
        this.refundingCancelledOrders = new RefundingCancelledOrders(orders, payments, refunds, ledger,
                requestingRefunds);
    }

    /**
     * AUTO: mobile money through pawaPay, failing over to Flutterwave; cards through Flutterwave.
     * A single provider takes what it can: pawaPay alone accepts no cards.
     */
    private static PaymentRouting realProviders(HttpClients clients, Providers providers, PaymentSettings settings,
                                                Clock clock) {
        PaymentProviderChoice choice = providers.paymentProvider();
        Optional<PaymentProvider> pawapay = choice == PaymentProviderChoice.FLUTTERWAVE ? Optional.empty()
                : Optional.of(new PawaPayProvider(clients, new PawaPaySettings(URI.create(settings.pawapayBaseUrl()),
                providers.pawapayApiKey().orElseThrow().reveal(), settings.providerTimeout(), CALLBACK_MAX_AGE,
                settings.circuitOpenFor()), clock));
        Optional<PaymentProvider> flutterwave = choice == PaymentProviderChoice.PAWAPAY ? Optional.empty()
                : Optional.of(new FlutterwaveProvider(clients, new FlutterwaveSettings(URI.create(settings.flutterwaveBaseUrl()),
                providers.flutterwaveSecretKey().orElseThrow().reveal(),
                providers.flutterwaveSecretHash().orElseThrow().reveal(), settings.providerTimeout(),
                settings.circuitOpenFor(), settings.flutterwaveCustomerEmail())));
        List<PaymentProvider> mobileMoney = new ArrayList<>();
        pawapay.ifPresent(mobileMoney::add);
        flutterwave.ifPresent(mobileMoney::add);
        return new PaymentRouting(mobileMoney, flutterwave.map(List::of).orElse(List.of()));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The API listens at {@code base}: the mock provider calls back there unless a public URL is set. */
    void listeningAt(URI base, PaymentSettings settings) {
        if (settings.publicBaseUrl().isEmpty()) {
            mock.ifPresent(provider -> provider.deliverCallbacksTo(base));
        }
    }

    public InitiatingPayments initiating() {
        return initiating;
    }

    public ReceivingCallbacks callbacks() {
        return callbacks;
    }

    public ViewingPayments viewing() {
        return viewing;
    }

    public ReconcilingPayments reconciling() {
        return reconciling;
    }

    public RequestingRefunds requestingRefunds() {
        return requestingRefunds;
    }

    public RecheckingRefunds recheckingRefunds() {
        return recheckingRefunds;
    }

    public ResolvingRefunds resolvingRefunds() {
        return resolvingRefunds;
    }

    EventHandler refundingCancelledOrders() {
        return refundingCancelledOrders;
    }

    PaymentRouting routing() {
        return routing;
    }

    /** The port itself, for the modules that post to it; people read the books through {@link #readingLedger()}. */
    Ledger ledger() {
        return ledger;
    }

    public ReadingLedger readingLedger() {
        return readingLedger;
    }

    @Override
    public void close() {
        mock.ifPresent(MockPaymentProvider::close);
    }
}
