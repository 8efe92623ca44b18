package com.loyaltykpi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The Broadleaf module is a thin adapter over the core (which has its own architecture test): it records orders
 * through the core's one fact writer, never reaches into the admin screens, and its packages build on each other
 * without circles.
 */
class AdapterArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.loyaltykpi.broadleaf");

    @Test
    void factsAreWrittenOnlyThroughTheCoresFactWriter() {
        FactWrites.onlyByTheFactWriter().check(ADAPTER);
    }

    @Test
    void theAdapterDoesNotDependOnTheAdminScreens() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.loyaltykpi.admin..").check(ADAPTER);
    }

    @Test
    void adapterPackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("com.loyaltykpi.broadleaf.(*)..").should().beFreeOfCycles().check(ADAPTER);
    }
}
