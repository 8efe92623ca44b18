package com.loyaltykpi.broadleaf.capture;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

/**
 * When an activity after ours fails, Broadleaf rolls the checkout back and the order stays a cart: the order
 * held for recording is dropped, so that no order that was never submitted is counted.
 */
public class DropHeldOrderRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private final PendingSubmissions pending;

    public DropHeldOrderRollbackHandler(PendingSubmissions pending) {
        this.pending = pending;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> context, Map<String, Object> stateConfiguration) {
        pending.drop(String.valueOf(context.getSeedData().getOrder().getId()));
    }
}
