package io.certexam.devstack;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A demo question as the simulation sees it: the key the bank was given and the answer that is really right. They
 * differ for the deliberately miskeyed item ({@code "demo": {"trueAnswer": …}} in demo-bank.json).
 */
record DemoQuestion(String stem, List<String> optionIds, String keyOptionId, String trueOptionId, int difficulty,
                    List<String> tags) {

    boolean miskeyed() {
        return !keyOptionId.equals(trueOptionId);
    }

    /** Every single-choice question of the demo bank, in file order. */
    static List<DemoQuestion> fromDemo(JsonNode demo) {
        List<DemoQuestion> questions = new ArrayList<>();
        for (JsonNode section : demo.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                List<String> options = new ArrayList<>();
                question.path("options").forEach(option -> options.add(option.path("id").asText()));
                String key = question.path("answer").path("optionIds").path(0).asText();
                String truth = question.path("demo").path("trueAnswer").asText(key);
                List<String> tags = new ArrayList<>();
                question.path("tags").forEach(tag -> tags.add(tag.asText()));
                questions.add(new DemoQuestion(question.path("stem").asText(), List.copyOf(options), key, truth,
                        question.path("difficulty").asInt(2), List.copyOf(tags)));
            }
        }
        return questions;
    }
}
