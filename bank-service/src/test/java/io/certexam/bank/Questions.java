package io.certexam.bank;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Question bodies as authors send them, and shortcuts to put them in the bank. */
public final class Questions {

    private Questions() {
    }

    public static String singleChoice(String stem, String key, String... tags) {
        return Api.json(Map.of(
                "type", "SINGLE_CHOICE",
                "stem", stem,
                "options", List.of(Map.of("id", "A", "text", "first"), Map.of("id", "B", "text", "second"),
                        Map.of("id", "C", "text", "third")),
                "answer", Map.of("optionIds", List.of(key)),
                "points", 2,
                "explanation", "explained: " + stem,
                "tags", List.of(tags),
                "difficulty", 2));
    }

    public static String trueFalse(String stem, boolean value, String... tags) {
        return Api.json(Map.of("type", "TRUE_FALSE", "stem", stem, "answer", Map.of("value", value),
                "tags", List.of(tags)));
    }

    /** An ESSAY worth 5 points by its rubric (2 + 3). */
    public static String openResponse(String stem, String referenceAnswer, String... tags) {
        return Api.json(Map.of(
                "type", "OPEN_RESPONSE",
                "openResponseKind", "ESSAY",
                "stem", stem,
                "answer", Map.of("referenceAnswer", referenceAnswer, "rubric", List.of(
                        Map.of("criterion", "rubric: names the rule", "points", 2),
                        Map.of("criterion", "rubric: applies it", "points", 3))),
                "maxResponseLength", 800,
                "explanation", "explained: " + stem,
                "tags", List.of(tags)));
    }

    /** A case with a single choice (key B, 2 points), a true/false (key false) and a short answer (3 points). */
    public static String scenario(String caseText, String... tags) {
        return Api.json(Map.of(
                "type", "SCENARIO",
                "stem", caseText,
                "children", List.of(
                        Map.of("type", "SINGLE_CHOICE", "stem", "child one of " + caseText,
                                "options", List.of(Map.of("id", "A", "text", "child option a"),
                                        Map.of("id", "B", "text", "child option b")),
                                "answer", Map.of("optionIds", List.of("B")), "points", 2,
                                "explanation", "child explained"),
                        Map.of("type", "TRUE_FALSE", "stem", "child two", "answer", Map.of("value", false)),
                        Map.of("type", "OPEN_RESPONSE", "openResponseKind", "SHORT_ANSWER", "stem", "child three",
                                "answer", Map.of("referenceAnswer", "child reference answer"), "points", 3)),
                "explanation", "case explained",
                "tags", List.of(tags),
                "difficulty", 4));
    }

    public static String create(Api api, String body) {
        return api.post("/api/questions", body, HttpStatus.CREATED).path("id").asText();
    }

    public static String createPublished(Api api, String body) {
        String id = create(api, body);
        api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        return id;
    }
}
