package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.PlatformOrder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.order.domain.BundleOrderItem;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads a Broadleaf order into the platform-neutral {@link PlatformOrder}. Broadleaf 3.1's SKU has no cost
 * field, so the unit cost is read from a SKU attribute (default name "cost"), falling back to the product's
 * default SKU; a missing or unparsable value means "cost unknown".
 */
public class BroadleafOrderReader {

    private static final Log LOG = LogFactory.getLog(BroadleafOrderReader.class);

    private final String costAttribute;

    public BroadleafOrderReader(String costAttribute) {
        this.costAttribute = costAttribute;
    }

    /** Reads an order loaded from the database, which stored its submit time with this precision. */
    public PlatformOrder read(Order order, Duration submitPrecision) {
        PlatformOrder.Builder builder = PlatformOrder.builder(String.valueOf(order.getId()))
                .submitPrecision(submitPrecision)
                .number(order.getOrderNumber())
                .customer(customerIdOf(order))
                .submittedAt(order.getSubmitDate() == null ? null : Instant.ofEpochMilli(order.getSubmitDate().getTime()))
                .currency(currencyOf(order))
                .orderDiscount(amountOf(order.getOrderAdjustmentsValue()))
                .itemDiscount(amountOf(order.getItemAdjustmentsValue()))
                .cancelled(OrderStatus.CANCELLED.equals(order.getStatus()));
        for (OrderItem item : order.getOrderItems()) {
            builder.line(amountOf(item.getTotalPrice()), costOf(item));
        }
        return builder.build();
    }

    /**
     * The order's currency; an order created outside a storefront request may have none, and then Broadleaf
     * priced it in its default currency, which its amounts carry.
     */
    private static String currencyOf(Order order) {
        if (order.getCurrency() != null) {
            return order.getCurrency().getCurrencyCode();
        }
        Money subTotal = order.getSubTotal();
        return subTotal == null ? null : subTotal.getCurrency().getCurrencyCode();
    }

    /** The registered customer's id; null for a guest (Broadleaf's anonymous customer). */
    public static String customerIdOf(Order order) {
        Customer customer = order.getCustomer();
        return customer == null || !customer.isRegistered() ? null : String.valueOf(customer.getId());
    }

    private BigDecimal costOf(OrderItem item) {
        if (item instanceof DiscreteOrderItem) {
            return times(unitCostOf(((DiscreteOrderItem) item).getSku()), item.getQuantity());
        }
        if (item instanceof BundleOrderItem) {
            BigDecimal perBundle = BigDecimal.ZERO;
            for (DiscreteOrderItem part : ((BundleOrderItem) item).getDiscreteOrderItems()) {
                BigDecimal partCost = times(unitCostOf(part.getSku()), part.getQuantity());
                if (partCost == null) {
                    return null;
                }
                perBundle = perBundle.add(partCost);
            }
            return times(perBundle, item.getQuantity());
        }
        return null;
    }

    private BigDecimal unitCostOf(Sku sku) {
        if (sku == null) {
            return null;
        }
        BigDecimal cost = parse(sku.getSkuAttributes().get(costAttribute), sku);
        if (cost == null) {
            Product product = sku.getProduct();
            Sku defaultSku = product == null ? null : product.getDefaultSku();
            if (defaultSku != null && !defaultSku.equals(sku)) {
                cost = parse(defaultSku.getSkuAttributes().get(costAttribute), defaultSku);
            }
        }
        return cost;
    }

    private static BigDecimal parse(SkuAttribute attribute, Sku sku) {
        if (attribute == null || attribute.getValue() == null || attribute.getValue().trim().isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(attribute.getValue().trim());
        } catch (NumberFormatException notANumber) {
            LOG.warn("Loyalty: SKU " + sku.getId() + " has cost '" + attribute.getValue()
                    + "', which is not a number; its cost counts as unknown");
            return null;
        }
    }

    private static BigDecimal times(BigDecimal unit, int quantity) {
        return unit == null ? null : unit.multiply(BigDecimal.valueOf(quantity));
    }

    private static BigDecimal amountOf(Money money) {
        return money == null ? null : money.getAmount();
    }
}
