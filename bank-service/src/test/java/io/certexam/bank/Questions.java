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

    public static String create(Api api, String body) {
        return api.post("/api/questions", body, HttpStatus.CREATED).path("id").asText();
    }

    public static String createPublished(Api api, String body) {
        String id = create(api, body);
        api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        return id;
    }
}
