package com.loyaltykpi.server.ofbiz;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector's settings as startup checks them: members come from a classification or an attribute, not both. */
class OfbizPropertiesTest {

    @Test
    void membersComeFromAClassificationOrAnAttributeNotBoth() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(properties("LOYALTY_MEMBER", ""))).isEmpty();
            assertThat(validator.validate(properties("", "LOYALTY_CARD"))).isEmpty();
            assertThat(validator.validate(properties("", ""))).isEmpty();
            Set<ConstraintViolation<OfbizProperties>> both = validator.validate(properties("LOYALTY_MEMBER", "LOYALTY_CARD"));
            assertThat(both).extracting(ConstraintViolation::getMessage)
                    .containsExactly("set loyalty.ofbiz.member-classification or loyalty.ofbiz.member-attribute, not both");
        }
    }

    private static OfbizProperties properties(String classification, String attribute) {
        return new OfbizProperties("jdbc:postgresql://ofbiz/ofbiz", "reader", "secret", Duration.ofSeconds(60), 1000,
                Duration.ofMinutes(10), classification, attribute);
    }
}
