package com.loyaltykpi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform-neutral core never reaches into Broadleaf, Hibernate or JPA (another platform needs only an adapter),
 * and its packages build on each other without circles.
 */
class ArchitectureTest {

    private static final JavaClasses SHIPPED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.loyaltykpi");

    @Test
    void coreHasNoPlatformImports() {
        ArchRule rule = noClasses().that().resideInAPackage("com.loyaltykpi.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.broadleafcommerce..", "org.hibernate..", "javax.persistence..", "com.loyaltykpi.broadleaf..");
        rule.check(SHIPPED);
    }

    @Test
    void corePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("com.loyaltykpi.core.(*)..").should().beFreeOfCycles().check(SHIPPED);
    }
}
