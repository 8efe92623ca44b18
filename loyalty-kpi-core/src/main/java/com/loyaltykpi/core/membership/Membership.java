package com.loyaltykpi.core.membership;

import com.loyaltykpi.core.settings.DataVersion;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * The Java API of program membership: enrol, remove, ask. Every source (registration, account page, card,
 * admin, integrator code) goes through here, so the rules hold everywhere: only registered customers join,
 * switched-off sources change nothing, and a customer has at most one open period.
 */
public class Membership {

    private static final Log LOG = LogFactory.getLog(Membership.class);

    private final MembershipStore store;
    private final CustomerDirectory customers;
    private final MembershipSources sources;
    private final DataVersion dataVersion;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ErasedCustomers erasures;

    public Membership(MembershipStore store, CustomerDirectory customers, MembershipSources sources,
                      DataVersion dataVersion, TransactionTemplate transactions, Clock clock, ErasedCustomers erasures) {
        this.store = store;
        this.customers = customers;
        this.sources = sources;
        this.dataVersion = dataVersion;
        this.transactions = transactions;
        this.clock = clock;
        this.erasures = erasures;
    }

    /** Enrols the customer now. */
    public MembershipChange enrol(String customerId, MembershipSource source) {
        return enrol(customerId, source, clock.instant());
    }

    /** Enrols the customer at this instant; a member already stays in the period they have. */
    public MembershipChange enrol(final String customerId, final MembershipSource source, final Instant at) {
        if (switchedOff(source, "enrolment", customerId)) {
            return MembershipChange.SOURCE_DISABLED;
        }
        if (customerId == null || !customers.isRegistered(customerId)) {
            return MembershipChange.NOT_REGISTERED;
        }
        if (erasures.customerErased(customerId)) {
            return MembershipChange.ERASED;
        }
        return transactions.execute(new TransactionCallback<MembershipChange>() {
            @Override
            public MembershipChange doInTransaction(TransactionStatus status) {
                if (!store.open(customerId, source, at)) {
                    return MembershipChange.ALREADY_MEMBER;
                }
                dataVersion.bumpMembership();
                return MembershipChange.ENROLLED;
            }
        });
    }

    /** Removes the customer from the program now. */
    public MembershipChange leave(String customerId, MembershipSource through) {
        return leave(customerId, through, clock.instant());
    }

    /** Ends the customer's open period at this instant. */
    public MembershipChange leave(final String customerId, final MembershipSource through, final Instant at) {
        if (switchedOff(through, "removal", customerId)) {
            return MembershipChange.SOURCE_DISABLED;
        }
        return transactions.execute(new TransactionCallback<MembershipChange>() {
            @Override
            public MembershipChange doInTransaction(TransactionStatus status) {
                MembershipPeriod open = store.historyOf(customerId).openPeriod();
                if (open == null) {
                    return MembershipChange.NOT_A_MEMBER;
                }
                if (at.isBefore(open.enrolledAt())) {
                    throw new IllegalArgumentException("customer " + customerId + " cannot leave at " + at
                            + ", before enrolling at " + open.enrolledAt());
                }
                if (!store.close(customerId, through, at)) {
                    return MembershipChange.NOT_A_MEMBER;
                }
                dataVersion.bumpMembership();
                return MembershipChange.LEFT;
            }
        });
    }

    private boolean switchedOff(MembershipSource source, String change, String customerId) {
        if (sources.current().allows(source)) {
            return false;
        }
        LOG.info("Loyalty: " + change + " of customer " + customerId + " through " + source + " ignored: source is switched off");
        return true;
    }

    public boolean isMember(String customerId) {
        return isMemberAt(customerId, clock.instant());
    }

    /** Whether the customer was a member at this instant (guests, null ids: never). */
    public boolean isMemberAt(String customerId, Instant at) {
        return customerId != null && store.historyOf(customerId).memberAt(at);
    }

    public MembershipHistory history(String customerId) {
        return store.historyOf(customerId);
    }
}
