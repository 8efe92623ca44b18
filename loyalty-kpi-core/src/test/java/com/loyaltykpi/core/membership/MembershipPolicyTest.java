package com.loyaltykpi.core.membership;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipPolicyTest {

    @Test
    void parsesACommaSeparatedListIgnoringCaseAndBlanks() {
        MembershipPolicy policy = MembershipPolicy.parse(" registration, LOYALTY_card ,, ");

        assertThat(policy.enabled()).containsExactlyInAnyOrder(MembershipSource.REGISTRATION, MembershipSource.LOYALTY_CARD);
        assertThat(policy.allows(MembershipSource.ADMIN)).isFalse();
    }

    @Test
    void anEmptyListSwitchesEverySourceOff() {
        assertThat(MembershipPolicy.parse("").enabled()).isEmpty();
    }

    @Test
    void anUnknownSourceIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> MembershipPolicy.parse("REGISTRATION,NEWSLETTER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown membership source 'NEWSLETTER'").hasMessageContaining("LOYALTY_CARD");
    }
}
