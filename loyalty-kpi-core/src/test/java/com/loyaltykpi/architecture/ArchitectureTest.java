package com.loyaltykpi.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform-neutral core never reaches into Broadleaf, Hibernate or JPA (another platform needs only an adapter),
 * and its packages build on each other without circles. Between capabilities: facts have one writer, and the
 * period vocabulary that rollups, surveys, KPIs and the estimate share depends on nothing of theirs.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.loyaltykpi.core");

    @Test
    void coreHasNoPlatformImports() {
        ArchRule rule = noClasses().that().resideInAPackage("com.loyaltykpi.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.broadleafcommerce..", "org.hibernate..",
                        "javax.persistence..", "javax.servlet..", "com.loyaltykpi.broadleaf..", "com.loyaltykpi.admin..");
        rule.check(CORE);
    }

    @Test
    void corePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("com.loyaltykpi.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void factsAndTheirChangeRowsAreWrittenOnlyByTheFactWriter() {
        FactWrites.onlyByTheFactWriter().check(CORE);
    }

    @Test
    void thePeriodVocabularyDependsOnNoCapability() {
        ArchRule rule = noClasses().that().resideInAPackage("com.loyaltykpi.core.period..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.loyaltykpi..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("com.loyaltykpi.core.period..")));
        rule.check(CORE);
    }
}
