package io.openrcm.dashboard.application;

import io.openrcm.dashboard.domain.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.Set;
import java.util.function.Consumer;

/** Fans the committed changes out to every live stream reader whose filter they match. */
@ApplicationScoped
public class ClaimStatusBroadcaster {

    private final CopyOnWriteArraySet<Subscriber> subscribers = new CopyOnWriteArraySet<>();

    /** Starts delivering matching changes to the sink until {@link #unsubscribe} is called. */
    public Subscriber subscribe(String payerId, String providerNpi, Set<String> practices,
            Consumer<Figures.FeedEntry> sink) {
        Subscriber s = new Subscriber(payerId, providerNpi, practices, sink);
        subscribers.add(s);
        return s;
    }

    /** Stops delivering to the subscriber. */
    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Delivers a committed change. */
    public void publish(Figures.FeedEntry entry) {
        for (Subscriber s : subscribers) {
            if (s.matches(entry)) {
                s.sink.accept(entry);
            }
        }
    }

    /** How many readers are connected. */
    public int subscribers() {
        return subscribers.size();
    }

    /**
     * One reader and its filter; a null payer or provider matches every one, but only changes of the reader's
     * practices (the token's billing-provider NPIs) ever match.
     */
    public static final class Subscriber {
        private final String payerId;
        private final String providerNpi;
        private final Set<String> practices;
        private final Consumer<Figures.FeedEntry> sink;

        private Subscriber(String payerId, String providerNpi, Set<String> practices,
                Consumer<Figures.FeedEntry> sink) {
            this.payerId = payerId;
            this.providerNpi = providerNpi;
            this.practices = Set.copyOf(practices);
            this.sink = sink;
        }

        /** Whether the change is for this reader. */
        public boolean matches(Figures.FeedEntry entry) {
            return practices.contains(entry.billingProviderNpi())
                    && (payerId == null || payerId.equals(entry.payerId()))
                    && (providerNpi == null || providerNpi.equals(entry.billingProviderNpi()));
        }
    }
}
