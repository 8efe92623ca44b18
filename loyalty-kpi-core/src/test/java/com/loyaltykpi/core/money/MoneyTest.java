package com.loyaltykpi.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void amountsTakeTheScaleOfTheirCurrencyRoundedHalfEven() {
        assertThat(Money.of(new BigDecimal("2.345"), EUR).amount()).isEqualTo(new BigDecimal("2.34"));
        assertThat(Money.of(new BigDecimal("2.355"), EUR).amount()).isEqualTo(new BigDecimal("2.36"));
        assertThat(Money.of(new BigDecimal("1500.5"), JPY).amount()).isEqualTo(new BigDecimal("1500"));
    }

    @Test
    void sumsStayInTheirCurrency() {
        Money sum = Money.of(new BigDecimal("10.10"), EUR).plus(Money.of(new BigDecimal("0.95"), EUR));

        assertThat(sum).isEqualTo(Money.of(new BigDecimal("11.05"), EUR));
        assertThat(sum.minus(Money.of(new BigDecimal("12"), EUR)).isNegative()).isTrue();
    }

    @Test
    void amountsOfDifferentCurrenciesNeverMix() {
        assertThatThrownBy(() -> Money.zero(EUR).plus(Money.zero(JPY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("JPY");
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.of(new BigDecimal("5"), EUR)).isEqualTo(Money.of(new BigDecimal("5.00"), EUR));
        assertThat(Money.of(new BigDecimal("5"), EUR).hashCode()).isEqualTo(Money.of(new BigDecimal("5.00"), EUR).hashCode());
        assertThat(Money.of(new BigDecimal("5"), EUR)).isNotEqualTo(Money.of(new BigDecimal("5"), JPY));
    }
}
