package com.pakashop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The provider-name rule reads what it claims to: a string constant, and a name in a signature. */
class ProviderNamesSelfTest {

    @Test
    void aProviderNameInAStringConstantOrASignatureIsSeen() {
        ClassFileImporter importer = new ClassFileImporter();
        assertThat(ProviderNamesTest.providersNamedBy(importer.importClass(NamesAProviderInAString.class)))
                .containsExactly("flutterwave");
        assertThat(ProviderNamesTest.providersNamedBy(importer.importClass(NamesAProviderInAMethod.class)))
                .containsExactly("sightengine");
        assertThat(ProviderNamesTest.providersNamedBy(importer.importClass(NamesNoProvider.class))).isEmpty();
    }

    static final class NamesAProviderInAString {
        String column() {
            return "Flutterwave reference";
        }
    }

    static final class NamesAProviderInAMethod {
        void askSightEngine() {
        }
    }

    static final class NamesNoProvider {
        String column() {
            return "transaction id";
        }
    }
}
