package com.loyaltykpi.it;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/** A checkout activity after the module's that fails when a test asks it to (as a payment or tax step might). */
public class FailingActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static volatile boolean failNext;

    public static void failNextCheckout() {
        failNext = true;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("test: a later checkout step failed");
        }
        return context;
    }
}
