package com.pakashop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The core knows no outside system by name: not in a class, member or package name, and not in a
 * string it holds (a column header, a host, a status word). A class file's constant pool holds
 * every name and string literal the class uses, comments aside, so it is read whole.
 *
 * <p>Listed are the companies whose APIs we call. ZRA is not among them: it is the tax authority
 * whose rules the invoicing domain models. Neither are WhatsApp, SMS and email, which are channels
 * a buyer chooses, nor the mobile networks, which are part of a buyer's phone number.
 */
@AnalyzeClasses(packages = "com.pakashop", importOptions = ImportOption.DoNotIncludeTests.class)
class ProviderNamesTest {
    private static final List<String> PROVIDERS = List.of("pawapay", "flutterwave", "sightengine", "cloudinary",
            "twilio", "meilisearch");

    @ArchTest
    static final ArchRule theCoreNamesNoProvider = classes()
            .that().resideInAnyPackage("com.pakashop.domain..", "com.pakashop.application..")
            .should(nameNoProvider())
            .as("no provider name appears in com.pakashop.domain.. or com.pakashop.application..");

    private static ArchCondition<JavaClass> nameNoProvider() {
        return new ArchCondition<>("name no provider") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String provider : providersNamedBy(type)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " names " + provider));
                }
            }
        };
    }

    static List<String> providersNamedBy(JavaClass type) {
        String constants = classFile(type).toLowerCase(Locale.ROOT);
        return PROVIDERS.stream().filter(constants::contains).toList();
    }

    private static String classFile(JavaClass type) {
        Source source = type.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + type));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
