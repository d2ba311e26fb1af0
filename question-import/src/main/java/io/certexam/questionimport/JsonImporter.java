package io.certexam.questionimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads our own JSON format (what {@link JsonExporter} and the bank's export write). A question that cannot be
 * bound (a wrong type such as {@code "points":"abc"}) is skipped with an ERROR naming the field; one that binds
 * but breaks a rule is kept with an ERROR, like the other importers. {@code line} is the question's 1-based
 * index in {@code questions}.
 */
public final class JsonImporter {

    private JsonImporter() {
    }

    /** @throws ImportRejectedException when the document is not JSON, or not our format and version */
    public static ImportDocument parse(byte[] document) {
        JsonNode root = readTree(document);
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !JsonFormat.FORMAT.equals(format.textValue())) {
            throw new ImportRejectedException("unknown JSON format " + (format == null ? "(no \"format\" field)" : format)
                    + "; expected \"format\":\"" + JsonFormat.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != JsonFormat.VERSION) {
            throw new ImportRejectedException("unsupported version " + (version == null ? "(none)" : version)
                    + " of " + JsonFormat.FORMAT + "; this importer reads version " + JsonFormat.VERSION);
        }
        JsonNode array = root.get("questions");
        if (array == null || !array.isArray()) {
            throw new ImportRejectedException("\"questions\" must be an array of questions");
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        List<ImportMessage> messages = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int line = i + 1;
            try {
                ImportedQuestion question = JsonFormat.MAPPER.treeToValue(array.get(i), QuestionJson.class).toImported(line);
                questions.add(question);
                QuestionChecks.problems(question).forEach(p -> messages.add(ImportMessage.error(line, p)));
            } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                messages.add(ImportMessage.error(line, "question " + line + " cannot be read; skipped: "
                        + describe(unreadable)));
            }
        }
        if (questions.isEmpty()) {
            messages.add(ImportMessage.warning(0, "no questions found in the document"));
        }
        return DuplicateFilter.apply(new ImportDocument(questions, messages));
    }

    private static JsonNode readTree(byte[] document) {
        if (document == null || document.length == 0) {
            throw new ImportRejectedException("the document is empty");
        }
        JsonNode root;
        try {
            root = JsonFormat.MAPPER.readTree(document);
        } catch (JsonProcessingException malformed) {
            throw new ImportRejectedException("the document is not valid JSON: " + malformed.getOriginalMessage()
                    + at(malformed), malformed);
        } catch (IOException unreadable) {
            throw new ImportRejectedException("the document cannot be read as JSON: " + unreadable.getMessage(), unreadable);
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportRejectedException("the document is empty");
        }
        if (!root.isObject()) {
            throw new ImportRejectedException("the document must be a JSON object {\"format\":\"" + JsonFormat.FORMAT
                    + "\",\"version\":" + JsonFormat.VERSION + ",\"questions\":[…]}");
        }
        return root;
    }

    private static String describe(Exception e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path + ": " + mapping.getOriginalMessage();
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
