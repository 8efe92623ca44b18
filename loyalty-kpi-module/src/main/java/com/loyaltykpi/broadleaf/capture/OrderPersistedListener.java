package com.loyaltykpi.broadleaf.capture;

import com.loyaltykpi.core.capture.CaptureQueue;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.context.ApplicationListener;

/**
 * Broadleaf publishes this event after each order save commits (carts too). A submitted order that the
 * module's checkout activity holds, and any order saved as CANCELLED, is handed to the writer thread by id;
 * everything else is ignored at once. Nothing here touches the database.
 */
public class OrderPersistedListener implements ApplicationListener<OrderPersistedEvent> {

    private final PendingSubmissions pending;
    private final CaptureQueue queue;

    public OrderPersistedListener(PendingSubmissions pending, CaptureQueue queue) {
        this.pending = pending;
        this.queue = queue;
    }

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        String orderId = String.valueOf(order.getId());
        if (OrderStatus.SUBMITTED.equals(order.getStatus()) && pending.release(orderId)) {
            queue.submit(orderId);
        } else if (OrderStatus.CANCELLED.equals(order.getStatus())) {
            queue.submit(orderId);
        }
    }
}
