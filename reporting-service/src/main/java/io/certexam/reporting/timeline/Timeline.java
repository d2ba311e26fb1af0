package io.certexam.reporting.timeline;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt's attempt and grading events merged in time order.
 *
 * @param events oldest first; ties: attempt events before grading events, then topic order
 */
public record Timeline(String attemptId, List<Entry> events) {

    /**
     * @param source  the topic the event came from
     * @param type    the integration event name, e.g. ResponseSaved, ResultPublished
     * @param actor   who caused it: the candidate, the proctor, the grader or service, or "system" for an
     *                automatic submission at the deadline
     * @param detail  the event payload as published
     */
    public record Entry(Instant time, String source, String type, String actor, JsonNode detail) {
    }
}
