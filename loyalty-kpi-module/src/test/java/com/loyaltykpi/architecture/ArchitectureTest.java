package com.loyaltykpi.architecture;

import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.OrderFactStore;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
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

    @Test
    void factsAndTheirChangeRowsAreWrittenOnlyByTheFactWriter() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(FactWriter.class.getName())
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.belongToAnyOf(OrderFactStore.class, FactChangeStore.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "insertAll|updateAll|markCancelled|countIn|countOut|countCancelled"))))
                .because("every write of a fact goes with its change rows, in one place (FactWriter)");
        rule.check(SHIPPED);
    }

    @Test
    void thePeriodVocabularyDependsOnNoCapability() {
        ArchRule rule = noClasses().that().resideInAPackage("com.loyaltykpi.core.period..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.loyaltykpi..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("com.loyaltykpi.core.period..")));
        rule.check(SHIPPED);
    }
}
