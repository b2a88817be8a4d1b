package com.pakashop.application.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementReaderTest {
    private static final String FLUTTERWAVE = "Transaction ID,Reference,Type,Status,Amount,Currency,Date,Narration\n";

    @Test
    void aFlutterwaveLineWithQuotesAndLusakaTimeReads() {
        List<StatementRow> rows = read(StatementFormat.FLUTTERWAVE, FLUTTERWAVE
                + "4471023,0193c1a2-aaaa-7000-8000-000000000001,TRANSFER,SUCCESSFUL,1234.5,zmw,2026-11-24 12:15:00,"
                + "\"Payout, \"\"November\"\"\"\n"
                + "4471024,,charge,pending,10,ZMW,2026-11-24T10:15:00+02:00,x\n");

        assertThat(rows).hasSize(2);
        StatementRow payout = rows.get(0);
        assertThat(payout.kind()).isEqualTo(TransferKind.PAYOUT);
        assertThat(payout.outcome()).isEqualTo(TransferOutcome.COMPLETED);
        assertThat(payout.amount()).isEqualTo(123_450);
        assertThat(payout.currency()).isEqualTo("ZMW");
        assertThat(payout.at()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(payout.ourReference()).contains("0193c1a2-aaaa-7000-8000-000000000001");
        assertThat(rows.get(1).ourReference()).isEmpty();
        assertThat(rows.get(1).outcome()).as("anything not final is pending").isEqualTo(TransferOutcome.PENDING);
        assertThat(rows.get(1).amount()).isEqualTo(1_000);
    }

    @Test
    void amountsAreReadExactlyOrRefused() {
        assertThat(Amounts.minorUnits(2, "0.05")).isEqualTo(5);
        assertThat(Amounts.minorUnits(2, "999999.99")).isEqualTo(99_999_999);
        for (String bad : List.of("-5.00", "1e3", ".50", "5.", "1 000.00", "12.345", "")) {
            assertThatThrownBy(() -> Amounts.minorUnits(7, bad)).as(bad).isInstanceOf(ValidationFailed.class)
                    .hasMessageContaining("line 7");
        }
    }

    @Test
    void anEmptyFileAndAnUnclosedQuoteAreRefused() {
        assertThatThrownBy(() -> read(StatementFormat.PAWAPAY, "")).hasMessageContaining("line 1: the statement is empty");
        assertThatThrownBy(() -> read(StatementFormat.FLUTTERWAVE, FLUTTERWAVE
                + "1,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,\"open\n"
                + "2,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,x\n"))
                .hasMessageContaining("line 2: a quoted field is not closed");
    }

    private static List<StatementRow> read(StatementFormat format, String text) {
        List<StatementRow> rows = new ArrayList<>();
        new StatementReader(format).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows::add);
        return rows;
    }
}
