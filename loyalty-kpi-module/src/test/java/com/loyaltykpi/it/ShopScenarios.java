package com.loyaltykpi.it;

import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.membership.Membership;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;

/** What every scenario suite shares: the shop on the subclass's database, its fixture and the module's beans. */
public abstract class ShopScenarios {

    public static final String ORIGIN = "broadleaf";

    protected BroadleafShop shop;
    protected ShopFixture fixture;
    protected OrderFactStore facts;
    protected Membership membership;

    /** The database this suite runs on (the thin subclass per database says which). */
    protected abstract TestDatabase database();

    @BeforeEach
    void openShop() throws Exception {
        shop = BroadleafShop.on(database());
        fixture = new ShopFixture(shop);
        facts = shop.bean("lkOrderFactStore", OrderFactStore.class);
        membership = shop.bean("lkMembership", Membership.class);
    }

    protected OrderFact factOf(Order order) {
        return facts.find(ORIGIN, String.valueOf(order.getId()));
    }

    /** Deletes the order's fact, as if the order had been placed before the module was installed. */
    protected void forgetFact(Order order) {
        shop.jdbc().update("DELETE FROM LK_ORDER_FACT WHERE ORIGIN = ? AND ORDER_ID = ?", ORIGIN, String.valueOf(order.getId()));
    }

    protected static String idOf(Customer customer) {
        return String.valueOf(customer.getId());
    }
}
