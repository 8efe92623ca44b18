package com.loyaltykpi.architecture;

import com.loyaltykpi.core.capture.FactChangeStore;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.OrderFactStore;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rule that facts have one writer, checked on the core and on every adapter that records orders. */
public final class FactWrites {

    private FactWrites() {
    }

    /** No class but {@link FactWriter} writes a fact or its change rows. */
    public static ArchRule onlyByTheFactWriter() {
        return noClasses().that().doNotHaveFullyQualifiedName(FactWriter.class.getName())
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.belongToAnyOf(OrderFactStore.class, FactChangeStore.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                                "insertAll|updateAll|markCancelled|countIn|countOut|countCancelled"))))
                .because("every write of a fact goes with its change rows, in one place (FactWriter)");
    }
}
