package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.OrderCapture;
import com.loyaltykpi.core.capture.PlatformOrder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.context.ApplicationListener;

/**
 * Marks an order's fact cancelled when Broadleaf saves the order as CANCELLED. The event comes after the
 * save committed, for every order save (carts too), so anything but a cancellation is ignored at once.
 */
public class CancelledOrderListener implements ApplicationListener<OrderPersistedEvent> {

    private static final Log LOG = LogFactory.getLog(CancelledOrderListener.class);

    private final BroadleafOrderReader reader;
    private final OrderCapture capture;

    public CancelledOrderListener(BroadleafOrderReader reader, OrderCapture capture) {
        this.reader = reader;
        this.capture = capture;
    }

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (!OrderStatus.CANCELLED.equals(order.getStatus())) {
            return;
        }
        try {
            PlatformOrder cancelled = reader.read(order);
            capture.capture(cancelled);
        } catch (RuntimeException | Error e) {
            LOG.error("Loyalty: cancellation of order " + order.getOrderNumber() + " (id " + order.getId()
                    + ") not recorded; reconciliation will record it", e);
        }
    }
}
