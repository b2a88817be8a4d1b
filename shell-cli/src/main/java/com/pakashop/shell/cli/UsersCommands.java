package com.pakashop.shell.cli;

import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.bootstrap.IdentityModule;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Accounts: the first admin, roles, suspension.")
final class UsersCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = "Create a SUPER_ADMIN with TOTP enrolled. The password is read from the terminal, or from "
                    + "standard input when there is none; never from an argument.")
    int createAdmin(@Option(names = "--phone", required = true, description = "Zambian mobile number.") String phone,
                    @Option(names = "--email", required = true) String email,
                    @Option(names = "--name", defaultValue = "Super Admin") String name) {
        String password = readPassword();
        try (Pakashop pakashop = cli.migrated()) {
            CreatingFirstAdmin.CreatedAdmin created = pakashop.identity().creatingFirstAdmin()
                    .create(cli.operator(), name, phone, email, password);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created SUPER_ADMIN " + created.user().id());
            out.println();
            out.println("Add this to an authenticator app now; it is shown only once:");
            out.println("  " + created.otpauthUri());
            out.println();
            out.println("Recovery codes (each works once; keep them offline):");
            created.recoveryCodes().forEach(code -> out.println("  " + code));
            out.flush();
            return 0;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Give a user a role.")
    int grant(@Parameters(paramLabel = "USER_ID") String userId, @Parameters(paramLabel = "ROLE") String role) {
        return changeRole(userId, role, true);
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Take a role from a user.")
    int revoke(@Parameters(paramLabel = "USER_ID") String userId, @Parameters(paramLabel = "ROLE") String role) {
        return changeRole(userId, role, false);
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend a user; their sessions end at once.")
    int suspend(@Parameters(paramLabel = "USER_ID") String userId,
                @Option(names = "--reason", required = true) String reason) {
        try (Pakashop pakashop = cli.migrated()) {
            UserAccount user = pakashop.identity().administering().suspend(cli.operator(), id(userId), reason,
                    RequestContext.NONE);
            print("Suspended " + user.id() + "; every session of theirs has ended.");
            return 0;
        }
    }

    private int changeRole(String userId, String roleName, boolean add) {
        Role role = role(roleName);
        try (Pakashop pakashop = cli.migrated()) {
            IdentityModule identity = pakashop.identity();
            UUID id = id(userId);
            Set<Role> roles = EnumSet.copyOf(identity.administering().profile(cli.operator(), id).roles());
            if (add) {
                roles.add(role);
            } else {
                roles.remove(role);
            }
            UserAccount user = identity.administering().setRoles(cli.operator(), id, roles, RequestContext.NONE);
            print(user.id() + " now has roles " + user.roles());
            return 0;
        }
    }

    private String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for the new admin: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                throw ValidationFailed.of("password", "the two entries differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(cli.stdin(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw ValidationFailed.of("password", "is required on standard input");
            }
            return line;
        } catch (IOException e) {
            throw ValidationFailed.of("password", "could not be read from standard input");
        }
    }

    private void print(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("USER_ID", "must be a UUID");
        }
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("ROLE", "must be one of " + java.util.List.of(Role.values()));
        }
    }
}
