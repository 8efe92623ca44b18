package com.loyaltykpi.server.ingest;

import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.imports.Fields;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.server.apikey.ApiKeys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies membership events in the order sent, through the core's membership rules (one open period per customer,
 * switched-off sources change nothing, erased customers never join again). An event may arrive after the orders it
 * concerns: the member flags of those customers' orders, from every source, are re-stamped at the end.
 */
@Service
public class MembershipFeed {

    private final Membership membership;
    private final FactSync sync;
    private final ApiKeys keys;
    private final ClusterLock lock;
    private final DataVersion dataVersion;
    private final TransactionTemplate newTransaction;

    public MembershipFeed(Membership membership, FactSync sync, ApiKeys keys, ClusterLock lock, DataVersion dataVersion,
                          TransactionTemplate lkNewTransaction) {
        this.membership = membership;
        this.sync = sync;
        this.keys = keys;
        this.lock = lock;
        this.dataVersion = dataVersion;
        this.newTransaction = lkNewTransaction;
    }

    /** What each event did (in the order sent), how many order facts changed flag; or the problems of a refused batch. */
    public record Result(boolean refused, List<String> outcomes, long restamped, List<FieldProblem> problems) {
    }

    private record Event(String customerId, boolean enrol, Instant at, MembershipSource source) {
    }

    public Result apply(List<MembershipEventIn> events) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Event> valid = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = read(events.get(i), "events[" + i + "]", problems);
            if (event != null) {
                valid.add(event);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(true, List.of(), 0, problems);
        }
        List<String> outcomes = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        for (Event event : valid) {
            String outcome = apply(event);
            outcomes.add(outcome);
            if (outcome.equals(MembershipChange.ENROLLED.name()) || outcome.equals(MembershipChange.LEFT.name())) {
                changed.add(event.customerId());
            }
        }
        return new Result(false, outcomes, changed.isEmpty() ? 0 : restamp(changed), List.of());
    }

    private String apply(Event event) {
        try {
            return (event.enrol() ? membership.enrol(event.customerId(), event.source(), event.at())
                    : membership.leave(event.customerId(), event.source(), event.at())).name();
        } catch (IllegalArgumentException beforeEnrolment) {
            return "BEFORE_ENROLMENT"; // a replayed removal of an earlier period: the open one began later
        }
    }

    private long restamp(Set<String> customers) {
        Set<String> origins = new TreeSet<>(keys.sources());
        origins.add(OrdersImport.ORIGIN);
        long restamped = newTransaction.execute(status -> {
            lock.lock(FactSync.LOCK);
            long n = 0;
            for (String origin : origins) {
                n += sync.restamp(origin, customers);
            }
            return n;
        });
        if (restamped > 0) {
            dataVersion.bump();
        }
        return restamped;
    }

    private static Event read(MembershipEventIn in, String path, List<FieldProblem> problems) {
        if (in == null) {
            problems.add(new FieldProblem(path, "is null"));
            return null;
        }
        int before = problems.size();
        String customerId = null;
        Instant at = null;
        try {
            customerId = Fields.id(in.customerId() == null ? "" : in.customerId(), "customerId", true);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path + ".customerId", e.getMessage()));
        }
        boolean enrol = "ENROLLED".equalsIgnoreCase(in.type());
        if (!enrol && !"LEFT".equalsIgnoreCase(in.type())) {
            problems.add(new FieldProblem(path + ".type", "type '" + in.type() + "' is not ENROLLED or LEFT"));
        }
        try {
            at = Fields.instant(in.at() == null ? "" : in.at(), "at");
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path + ".at", e.getMessage()));
        }
        MembershipSource source = source(in.source(), path, problems);
        return problems.size() == before ? new Event(customerId, enrol, at, source) : null;
    }

    private static MembershipSource source(String value, String path, List<FieldProblem> problems) {
        if (value == null) {
            return MembershipSource.API;
        }
        try {
            MembershipSource source = MembershipSource.valueOf(value.toUpperCase(Locale.ROOT));
            if (Arrays.asList(MembershipSource.choosable()).contains(source)) {
                return source;
            }
        } catch (IllegalArgumentException notASource) {
            // said below
        }
        problems.add(new FieldProblem(path + ".source", "source '" + Fields.shorten(value) + "' is not one of "
                + Arrays.toString(MembershipSource.choosable())));
        return null;
    }
}
