package io.openrcm.dashboard.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.openrcm.dashboard.remote.RemoteSources.RemoteAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures the other services provide out of their answers, by the field names agreed between the issues
 * (claim-service {@code /ar/metrics} and {@code /work-queue/summary}, code-service {@code /coding-queue},
 * reimbursement-service {@code /exceptions} and {@code /underpayments}). A missing answer or field gives null.
 */
final class RemoteFigures {

    static final int UNDERPAYMENT_ITEMS = 10;

    private RemoteFigures() {
    }

    /** The claim-service's rates, and the days in A/R computed from the feed beside them. */
    static Summary.Rates rates(RemoteAnswer metrics, String daysInArFromFeed) {
        return new Summary.Rates(metrics.text("cleanClaimRate"), metrics.text("firstPassAcceptanceRate"),
                metrics.text("denialRateByCount"), metrics.text("denialRateByDollars"), metrics.text("daysInAR"),
                daysInArFromFeed);
    }

    /** The work queues' counts. */
    static Summary.WorkQueues workQueues(RemoteAnswer coding, RemoteAnswer claimQueues, RemoteAnswer exceptions) {
        return new Summary.WorkQueues(coding.count("total"), claimQueues.count("SCRUB_FAILED"),
                claimQueues.count("REJECTED"), exceptions.count("total"));
    }

    /** The underpayments: how many, how much, and the first few. */
    static Summary.Underpayments underpayments(RemoteAnswer answer) {
        if (!answer.available()) {
            return new Summary.Underpayments(null, null, List.of());
        }
        List<JsonNode> items = new ArrayList<>();
        answer.body().path("items").forEach(item -> {
            if (items.size() < UNDERPAYMENT_ITEMS) {
                items.add(item);
            }
        });
        return new Summary.Underpayments(answer.count("total"), answer.text("totalUnderpaid"), items);
    }
}
