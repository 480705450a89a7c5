package io.openrcm.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The base URLs of one service's copies, handed out in turn to the load's requests (a client-side balancer). */
final class RoundRobin {

    private final List<String> urls;
    private final AtomicInteger next = new AtomicInteger();

    RoundRobin(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no URL to send requests to");
        }
        this.urls = List.copyOf(urls);
    }

    /** The URL for the next request. */
    String next() {
        return urls.get(Math.floorMod(next.getAndIncrement(), urls.size()));
    }

    int size() {
        return urls.size();
    }
}
