package io.openrcm.dashboard.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openrcm.dashboard.remote.RemoteSources.RemoteAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures the other services provide out of their answers, by the field names agreed between the issues
 * (claim-service {@code /ar/metrics} and {@code /work-queue/summary}, code-service {@code /coding-queue},
 * reimbursement-service {@code /exceptions} and {@code /underpayments}, both services'
 * {@code /admin/clearinghouse-status}). A missing answer or field gives null.
 */
final class RemoteFigures {

    static final int UNDERPAYMENT_ITEMS = 10;
    static final int PARKED_ITEMS = 5;
    private static final List<String> PARKED_FIELDS = List.of("id", "consumer", "eventType", "reason", "attempts",
            "lastFailure");

    private RemoteFigures() {
    }

    /** The claim-service's rates, and the days in A/R computed from the feed beside them. */
    static Summary.Rates rates(RemoteAnswer metrics, String daysInArFromFeed) {
        return new Summary.Rates(metrics.text("cleanClaimRate"), metrics.text("firstPassAcceptanceRate"),
                metrics.text("denialRateByCount"), metrics.text("denialRateByDollars"), metrics.text("daysInAR"),
                daysInArFromFeed, metrics.text("insuranceAccountsReceivable"),
                metrics.text("patientAccountsReceivable"));
    }

    /** The work queues' counts. */
    static Summary.WorkQueues workQueues(RemoteAnswer coding, RemoteAnswer claimQueues, RemoteAnswer exceptions) {
        return new Summary.WorkQueues(coding.count("total"), claimQueues.count("SCRUB_FAILED"),
                claimQueues.count("REJECTED"), exceptions.count("total"));
    }

    /**
     * The parked events of each service (its {@code GET /admin/parked-events} answer, a JSON array, newest first):
     * the count, the first few with only the fields an operator needs, and the endpoint to replay or discard them.
     */
    static Summary.ParkedEvents parkedEvents(List<RemoteAnswer> answers) {
        Long total = null;
        List<Summary.ParkedQueue> queues = new ArrayList<>();
        for (RemoteAnswer answer : answers) {
            if (!answer.available() || !answer.body().isArray()) {
                queues.add(new Summary.ParkedQueue(answer.name(), answer.url(), null, List.of()));
                continue;
            }
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode event : answer.body()) {
                if (items.size() < PARKED_ITEMS) {
                    ObjectNode item = JsonNodeFactory.instance.objectNode();
                    PARKED_FIELDS.forEach(field -> item.set(field, event.path(field).isMissingNode()
                            ? JsonNodeFactory.instance.nullNode() : event.get(field)));
                    items.add(item);
                }
            }
            long count = answer.body().size();
            total = total == null ? count : total + count;
            queues.add(new Summary.ParkedQueue(answer.name(), answer.url(), count, items));
        }
        return new Summary.ParkedEvents(true, total, queues);
    }

    /**
     * Each service's link to the clearinghouse, from its {@code GET /admin/clearinghouse-status} answer: a service
     * that does not answer (or answers something else than an object) gives a row of nulls, shown as n/a.
     */
    static List<Summary.ClearinghouseLink> clearinghouse(List<RemoteAnswer> answers) {
        List<Summary.ClearinghouseLink> links = new ArrayList<>();
        for (RemoteAnswer a : answers) {
            if (!a.available() || !a.body().isObject() || a.text("state") == null) {
                links.add(new Summary.ClearinghouseLink(a.name(), a.url(), null, null, null, null, null, null, null,
                        null, null));
                continue;
            }
            JsonNode refused = a.body().get("hostKeyRefused");
            links.add(new Summary.ClearinghouseLink(a.name(), a.url(), a.text("state"), a.text("connection"),
                    a.count("consecutiveFailures"), a.text("lastError"),
                    refused != null && refused.isBoolean() ? refused.asBoolean() : null, a.text("lastSuccess"),
                    a.count("backlog"), a.text("backlogDirection"), a.count("failedFiles")));
        }
        return links;
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
