package com.loyaltykpi.it.capture;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.ShopFixture;
import com.loyaltykpi.it.TestDatabase;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order capture and member tagging in a real Broadleaf shop, one scenario per behaviour of the issue. Runs
 * once per database through a thin subclass.
 */
public abstract class CaptureScenarios {

    protected BroadleafShop shop;
    protected ShopFixture fixture;
    protected OrderFactStore facts;
    protected Membership membership;

    protected abstract TestDatabase database();

    @BeforeEach
    void openShop() throws Exception {
        shop = BroadleafShop.on(database());
        fixture = new ShopFixture(shop);
        facts = shop.bean("lkOrderFactStore", OrderFactStore.class);
        membership = shop.bean("lkMembership", Membership.class);
    }

    protected OrderFact factOf(Order order) {
        return facts.find("broadleaf", String.valueOf(order.getId()));
    }

    @Test
    void memberCheckoutIsRecordedAsMemberOrder() throws Exception {
        Product shirt = fixture.product("Shirt", "20.00", "8.00");
        Product mug = fixture.product("Mug", "10.00", "3.50");
        Customer customer = fixture.register(true, null);

        Order order = fixture.checkout(customer, shirt, mug);

        OrderFact fact = factOf(order);
        assertThat(fact).isNotNull();
        assertThat(fact.member()).isTrue();
        assertThat(fact.customerId()).isEqualTo(String.valueOf(customer.getId()));
        assertThat(fact.orderNumber()).isEqualTo(order.getOrderNumber());
        assertThat(fact.revenue().amount()).isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(fact.cost().amount()).isEqualByComparingTo(new BigDecimal("11.50"));
        assertThat(fact.costKnownRevenue().amount()).isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(fact.revenue().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(fact.status()).isEqualTo(FactStatus.SUBMITTED);
        assertThat(fact.submittedAt().toEpochMilli()).isEqualTo(order.getSubmitDate().getTime());
    }
}
