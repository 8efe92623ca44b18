package com.loyaltykpi.it;

import com.loyaltykpi.broadleaf.membership.CustomerAttributes;
import com.loyaltykpi.broadleaf.offers.OfferGroupAttribute;
import com.loyaltykpi.core.capture.CaptureQueue;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.catalog.domain.SkuAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.OrderPaymentImpl;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.domain.PaymentTransactionImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds what the scenarios need through Broadleaf's own services: products, customers, carts, checkouts. */
public final class ShopFixture {

    public static final String OPT_IN = "loyaltyOptIn";
    public static final String CARD = "loyaltyCardNumber";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BroadleafShop shop;
    private final CatalogService catalog;
    private final CustomerService customers;
    private final OrderService orders;
    private final CheckoutService checkout;

    public ShopFixture(BroadleafShop shop) {
        this.shop = shop;
        this.catalog = shop.bean("blCatalogService", CatalogService.class);
        this.customers = shop.bean("blCustomerService", CustomerService.class);
        this.orders = shop.bean("blOrderService", OrderService.class);
        this.checkout = shop.bean("blCheckoutService", CheckoutService.class);
    }

    /** A product with a default SKU at this price; cost is the SKU's "cost" attribute, null for none. */
    public Product product(String name, String price, String cost) {
        Calendar yesterday = Calendar.getInstance();
        yesterday.add(Calendar.DAY_OF_YEAR, -1);
        Sku sku = new SkuImpl();
        sku.setName(name);
        sku.setRetailPrice(new Money(new BigDecimal(price)));
        sku.setActiveStartDate(yesterday.getTime());
        sku.setDiscountable(true);
        if (cost != null) {
            SkuAttribute attribute = new SkuAttributeImpl();
            attribute.setName("cost");
            attribute.setValue(cost);
            attribute.setSku(sku);
            sku.getSkuAttributes().put("cost", attribute);
        }
        sku = catalog.saveSku(sku);
        Product product = new ProductImpl();
        product.setDefaultSku(sku);
        product.setActiveStartDate(yesterday.getTime());
        return catalog.saveProduct(product);
    }

    /**
     * Registers a customer through Broadleaf's registration (which notifies the module's observer), in a storefront
     * request as the register page does.
     */
    public Customer register(final boolean optIn, final String cardNumber) {
        try {
            return shop.inRequest(() -> registerNow(optIn, cardNumber));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Customer registerNow(boolean optIn, String cardNumber) {
        int n = SEQUENCE.incrementAndGet();
        Customer customer = customers.createCustomerFromId(null);
        customer.setUsername("shopper" + n + "_" + System.nanoTime());
        customer.setEmailAddress(customer.getUsername() + "@example.com");
        customer.setFirstName("Shopper");
        customer.setLastName("Number" + n);
        if (optIn) {
            CustomerAttributes.set(customer, OPT_IN, "true");
        }
        if (cardNumber != null) {
            CustomerAttributes.set(customer, CARD, cardNumber);
        }
        return customers.registerCustomer(customer, "secret12", "secret12");
    }

    /** A guest: Broadleaf's anonymous customer, as the storefront creates one (saved with its first cart). */
    public Customer guest() {
        return customers.createNewCustomer();
    }

    /** Sets (value) or removes (null) an attribute and saves the customer, as an account page would. */
    public Customer updateAttribute(final Long customerId, final String name, final String value) throws Exception {
        return shop.inRequest(() -> {
            Customer customer = customers.readCustomerById(customerId);
            if (value == null) {
                customer.getCustomerAttributes().remove(name);
            } else {
                CustomerAttributes.set(customer, name, value);
            }
            return customers.saveCustomer(customer);
        });
    }

    /**
     * An automatic Broadleaf offer of this percentage off the order for the customers of one offer group (the rule
     * the module's docs give), valid from yesterday on.
     */
    public void orderOfferForGroup(final String groupCode, final String percentOff) {
        final OfferImpl offer = new OfferImpl();
        offer.setName(percentOff + "% off for " + groupCode);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(new BigDecimal(percentOff));
        offer.setStartDate(new Date(System.currentTimeMillis() - 86400000L));
        offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
        offer.setAutomaticallyAdded(true);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        OfferRule customerRule = new OfferRuleImpl();
        customerRule.setMatchRule(OfferGroupAttribute.customerRule("loyaltyOfferGroup", groupCode));
        Map<String, OfferRule> rules = new HashMap<String, OfferRule>();
        rules.put(OfferRuleType.CUSTOMER.getType(), customerRule);
        offer.setOfferMatchRules(rules);
        new TransactionTemplate(shop.bean("blTransactionManager", PlatformTransactionManager.class)).execute(
                status -> shop.bean("blOfferService", OfferService.class).save(offer));
    }

    /** A priced cart with one of each product, paid with a test payment, not yet checked out. */
    public Order cart(Customer customer, Product... products) throws Exception {
        Order cart = orders.createNewCartForCustomer(customer);
        for (Product product : products) {
            cart = orders.addItem(cart.getId(), new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 1), true);
        }
        OrderPayment payment = new OrderPaymentImpl();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(cart.getTotal());
        payment.setOrder(cart);
        PaymentTransaction transaction = new PaymentTransactionImpl();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(cart.getTotal());
        transaction.setSuccess(true);
        transaction.setOrderPayment(payment);
        payment.getTransactions().add(transaction);
        cart.getPayments().add(payment);
        return orders.save(cart, false);
    }

    /** Checks out a new cart as the storefront does (no surrounding transaction); returns the submitted order. */
    public Order checkout(final Customer customer, final Product... products) throws Exception {
        return shop.inRequest(() -> submit(cart(customer, products)));
    }

    /** Checks out the cart, then waits until the module's writer thread has recorded what it was handed. */
    public Order submit(Order cart) throws Exception {
        Order submitted = checkout.performCheckout(cart).getOrder();
        if (!OrderStatus.SUBMITTED.equals(submitted.getStatus())) {
            throw new IllegalStateException("checkout did not submit order " + submitted.getId());
        }
        awaitRecording();
        return submitted;
    }

    /** Waits until the module's writer thread has written every order handed to it so far. */
    public void awaitRecording() throws InterruptedException {
        if (!shop.bean("lkCaptureQueue", CaptureQueue.class).flush(Duration.ofSeconds(30))) {
            throw new IllegalStateException("the module's writer did not catch up within 30 s");
        }
    }

    /** Cancels a submitted order as an operator or an order system does in 3.1: status CANCELLED, then save. */
    public void cancel(final Long orderId) throws Exception {
        shop.inRequest(() -> {
            Order order = orders.findOrderById(orderId);
            order.setStatus(OrderStatus.CANCELLED);
            return orders.save(order, false);
        });
        awaitRecording();
    }
}
