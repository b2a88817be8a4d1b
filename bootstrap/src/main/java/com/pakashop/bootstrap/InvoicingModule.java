package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiInvoices;
import com.pakashop.adapter.persistence.JdbiOrders;
import com.pakashop.adapter.persistence.JdbiPayments;
import com.pakashop.adapter.persistence.JdbiRefunds;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.zra.MockVsdc;
import com.pakashop.adapter.zra.VsdcInvoiceTransmitter;
import com.pakashop.adapter.zra.VsdcSettings;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.config.FeatureFlags;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.invoicing.CorrectingInvoices;
import com.pakashop.application.invoicing.InvoiceTransmitter;
import com.pakashop.application.invoicing.IssuingInvoices;
import com.pakashop.application.invoicing.ManagingInvoices;
import com.pakashop.application.invoicing.TransmittingInvoices;
import com.pakashop.bootstrap.config.BackOfficeSettings;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.shared.Ids;
import com.pakashop.support.http.HttpClients;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** ZRA Smart Invoicing: the VSDC (or its simulator), the issuing handler, the retry job and finance's view. */
public final class InvoicingModule {
    private static final Logger log = LoggerFactory.getLogger(InvoicingModule.class);
    private static final Duration ATTEMPT_LEASE = Duration.ofMinutes(2);

    private final TransmittingInvoices transmitting;
    private final IssuingInvoices issuing;
    private final ManagingInvoices managing;
    private final CorrectingInvoices correcting;

    InvoicingModule(PakashopConfig config, HttpClients clients, JdbiTransactions tx, FeatureFlags flags, Auditing auditing, Ids ids,
                    Clock clock) {
        BackOfficeSettings settings = config.backOffice();
        JdbiInvoices invoices = new JdbiInvoices(tx);
        this.transmitting = new TransmittingInvoices(transmitter(config, clients, settings, clock), invoices, tx,
                settings.invoiceRetryBase(), ATTEMPT_LEASE.plus(settings.vsdcTimeout()), clock);
        this.issuing = new IssuingInvoices(flags, invoices, new JdbiOrders(tx), new JdbiShops(tx, clock),
                new JdbiPayments(tx), new JdbiRefunds(tx), transmitting, tx, ids, clock);
        this.managing = new ManagingInvoices(invoices, transmitting, auditing, tx, clock);
        this.correcting = new CorrectingInvoices(flags, invoices, new JdbiOrders(tx), new JdbiShops(tx, clock),
                new JdbiPayments(tx), new JdbiRefunds(tx), transmitting, auditing, tx, ids, clock);
    }

    private static InvoiceTransmitter transmitter(PakashopConfig config, HttpClients clients, BackOfficeSettings settings,
                                                  Clock clock) {
        if (config.providers().zraMockMode()) {
            log.warn("ZRA_MOCK_MODE=true: Smart Invoices go to an in-process simulator, not to ZRA");
            return new MockVsdc(settings.itemClassCode(), URI.create(config.payments().frontendUrl() + "/invoices/verify"),
                    clock);
        }
        return new VsdcInvoiceTransmitter(clients, new VsdcSettings(URI.create(settings.vsdcUrl().orElseThrow()),
                settings.vsdcTimeout(), settings.itemClassCode()));
    }

    public CorrectingInvoices correcting() {
        return correcting;
    }

    public ManagingInvoices managing() {
        return managing;
    }

    public TransmittingInvoices transmitting() {
        return transmitting;
    }

    EventHandler issuing() {
        return issuing;
    }
}
