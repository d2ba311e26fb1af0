package io.certexam.questionimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Writes questions in our JSON format (UTF-8), which {@link JsonImporter} reads back unchanged. */
public final class JsonExporter {

    private JsonExporter() {
    }

    public static byte[] write(List<ImportedQuestion> questions) {
        return write(questions, null);
    }

    /**
     * The same, with each question's bank id ({@code ids.get(i)} for {@code questions.get(i)}; null entries are
     * left out) — what {@code GET /api/questions/export} serves. Importing ignores ids.
     */
    public static byte[] write(List<ImportedQuestion> questions, List<String> ids) {
        if (ids != null && ids.size() != questions.size()) {
            throw new IllegalArgumentException("one id per question: " + ids.size() + " ids for " + questions.size());
        }
        ObjectNode root = JsonFormat.MAPPER.createObjectNode();
        root.put("format", JsonFormat.FORMAT);
        root.put("version", JsonFormat.VERSION);
        ArrayNode array = root.putArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            array.add(JsonFormat.MAPPER.valueToTree(QuestionJson.of(questions.get(i), ids == null ? null : ids.get(i))));
        }
        try {
            return JsonFormat.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of records always serialises", impossible);
        }
    }
}
