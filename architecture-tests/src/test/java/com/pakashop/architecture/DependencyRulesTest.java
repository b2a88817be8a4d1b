package com.pakashop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of ARCHITECTURE.md, over the production classes of every module. */
@AnalyzeClasses(packages = "com.pakashop", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule theDomainNeedsOnlyTheJdk = classes()
            .that().resideInAPackage("com.pakashop.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.pakashop.domain..")
            .as("core-domain imports nothing but the JDK");

    @ArchTest
    static final ArchRule theApplicationCoreImportsNoFramework = classes()
            .that().resideInAPackage("com.pakashop.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.pakashop.domain..", "com.pakashop.application..", "org.slf4j..")
            .as("core-application imports only the domain, the JDK and slf4j");

    @ArchTest
    static final ArchRule adaptersNeverImportEachOther = slices()
            .matching("com.pakashop.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("an adapter never imports another adapter");

    @ArchTest
    static final ArchRule adaptersNeverImportShellsOrTheCompositionRoot = noClasses()
            .that().resideInAPackage("com.pakashop.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pakashop.shell..", "com.pakashop.bootstrap..")
            .as("an adapter never imports a shell or bootstrap");

    @ArchTest
    static final ArchRule supportLibrariesKnowNothingOfOurs = noClasses()
            .that().resideInAPackage("com.pakashop.support..")
            .should().dependOnClassesThat().resideInAnyPackage("com.pakashop.domain..", "com.pakashop.application..",
                    "com.pakashop.adapter..", "com.pakashop.shell..", "com.pakashop.bootstrap..")
            .as("a support library (shared by adapters, not an adapter) knows no core, adapter, shell or bootstrap");

    @ArchTest
    static final ArchRule shellsReachAdaptersOnlyThroughBootstrap = noClasses()
            .that().resideInAPackage("com.pakashop.shell..")
            .should().dependOnClassesThat().resideInAPackage("com.pakashop.adapter..")
            .as("a shell never imports an adapter; it gets what it needs from bootstrap");

    @ArchTest
    static final ArchRule shellsAreIndependent = slices()
            .matching("com.pakashop.shell.(*)..")
            .should().notDependOnEachOther()
            .as("shells are deployed separately and never import each other");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("com.pakashop.(**)")
            .should().beFreeOfCycles()
            .as("no package cycles");
}
