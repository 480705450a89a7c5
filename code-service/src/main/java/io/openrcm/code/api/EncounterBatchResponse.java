package io.openrcm.code.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.openrcm.platform.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a batch: one result per submitted encounter, in order, and the counts.
 *
 * @param created encounters this batch created (201)
 * @param replayed encounters that repeated an earlier request (200)
 * @param rejected encounters refused (400 or 409)
 * @param results one per submitted encounter
 */
@Schema(name = "EncounterBatchResponse")
public record EncounterBatchResponse(int created, int replayed, int rejected, List<Item> results) {

    /**
     * The result of one encounter: the status a single {@code POST /encounters} would have answered with, and its
     * body. Pointers in a problem are relative to that encounter's JSON document.
     *
     * @param index position in the request, from 0
     * @param status 201, 200, 400 or 409
     * @param encounter the encounter, when accepted
     * @param problem the problem, when refused
     */
    @Schema(name = "EncounterBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, EncounterResponse encounter, Problem problem) {
    }

    /** The response of a list of item results. */
    static EncounterBatchResponse of(List<Item> results) {
        int created = (int) results.stream().filter(r -> r.status() == 201).count();
        int replayed = (int) results.stream().filter(r -> r.status() == 200).count();
        return new EncounterBatchResponse(created, replayed, results.size() - created - replayed, results);
    }
}
