package com.pakashop.shell.cli;

import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ledger", mixinStandardHelpOptions = true, description = "The books: trial balance and account balances.")
final class LedgerCommands {
    static final int UNBALANCED = 3;

    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "trial-balance", mixinStandardHelpOptions = true,
            description = "Debits minus credits per kind of account (ZMW); exits " + UNBALANCED
                    + " if they do not sum to zero.")
    int trialBalance() {
        try (Pakashop pakashop = cli.current()) {
            Map<AccountKind, Money> totals = pakashop.payments().readingLedger().trialBalance(cli.operator());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-22s %16s%n", "ACCOUNT KIND", "DEBIT - CREDIT");
            Money sum = Money.zmw(0);
            for (Map.Entry<AccountKind, Money> total : totals.entrySet()) {
                out.printf("%-22s %16s%n", total.getKey(), total.getValue().toDecimalString());
                sum = sum.plus(total.getValue());
            }
            out.printf("%-22s %16s  %s%n", "SUM", sum.toDecimalString(), sum.isZero() ? "balanced" : "NOT BALANCED");
            out.flush();
            return sum.isZero() ? 0 : UNBALANCED;
        }
    }

    @Command(name = "balance", mixinStandardHelpOptions = true,
            description = "One account's balance on its normal side, e.g. VENDOR_PAYABLE:<shop id> or COMMISSION_REVENUE.")
    int balance(@Parameters(paramLabel = "ACCOUNT", description = "KIND or KIND:owner.") String code) {
        Account account;
        try {
            account = Account.parse(code);
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("ACCOUNT", "must be one of " + java.util.List.of(AccountKind.values())
                    + ", with :owner for per-owner kinds");
        }
        try (Pakashop pakashop = cli.current()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(account.code() + " " + pakashop.payments().readingLedger().balance(cli.operator(), account).toDecimalString() + " ZMW");
            out.flush();
            return 0;
        }
    }
}
