package com.loyaltykpi.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The admin screens are a view of the core: they change data through the core's services (membership, erasure,
 * imports, aggregation), never with SQL of their own or through the stores of facts, change rows, rollups or
 * memberships; and the screens' packages build on each other without circles.
 */
class AdminArchitectureTest {

    private static final JavaClasses ADMIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.loyaltykpi.admin");

    @Test
    void screensHoldNoSqlOfTheirOwn() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(ADMIN);
        noClasses().that().haveSimpleNameNotStartingWith("Broadleaf")
                .should().dependOnClassesThat().resideInAPackage("javax.persistence..")
                .because("only the adapters to Broadleaf's own entities (Broadleaf*) use JPA").check(ADMIN);
    }

    @Test
    void screensNeverWriteFactsRollupsOrMembershipsDirectly() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.loyaltykpi.core.capture.FactChangeStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.loyaltykpi.core.capture.FactWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.loyaltykpi.core.rollup.RollupStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.loyaltykpi.core.membership.MembershipStore")
                .check(ADMIN);
    }

    @Test
    void screenPackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("com.loyaltykpi.admin.(*)..").should().beFreeOfCycles().check(ADMIN);
    }
}
