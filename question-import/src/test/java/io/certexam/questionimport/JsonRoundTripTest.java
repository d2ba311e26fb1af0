package io.certexam.questionimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRoundTripTest {

    @Test
    void exportThenImportGivesIdenticalQuestions() {
        List<ImportedQuestion> questions = SampleQuestions.everyShape();

        byte[] exported = JsonExporter.write(questions);
        ImportDocument imported = JsonImporter.parse(exported);

        assertThat(imported.questions()).isEqualTo(questions); // lines are the 1-based indexes, as in the originals
        assertThat(imported.messages()).isEmpty();
        assertThat(JsonExporter.write(imported.questions())).isEqualTo(exported);
    }

    @Test
    void textImportsSurviveTheJsonRoundTrip() {
        List<ImportedQuestion> fromText = new ArrayList<>();
        for (String fixture : List.of("numbered-multiline.txt", "run-together.txt", "traditional-answer-in-explanation.txt",
                "marker-letter-after-stem.txt", "bracket-key-paren-numbers.txt", "section-scoring.txt",
                "open-response.txt", "problems.txt")) {
            fromText.addAll(Fixtures.text(fixture).questions());
        }

        List<ImportedQuestion> back = JsonImporter.parse(JsonExporter.write(fromText)).questions();

        assertThat(Q.withoutLines(back)).isEqualTo(Q.withoutLines(fromText));
        assertThat(back).extracting(ImportedQuestion::line)
                .isEqualTo(IntStream.rangeClosed(1, fromText.size()).boxed().toList());
    }

    @Test
    void theDocumentHasTheQuestionShapeOfTheDesign() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonExporter.write(SampleQuestions.everyShape()));

        assertThat(root.get("format").asText()).isEqualTo("certexam.questions");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        JsonNode single = root.get("questions").get(0);
        assertThat(single.get("answer").toString()).isEqualTo("{\"optionIds\":[\"B\"]}");
        assertThat(single.get("points").decimalValue()).isEqualByComparingTo("2");
        assertThat(single.has("line")).isFalse();
        assertThat(root.get("questions").get(2).get("answer").toString()).isEqualTo("{\"value\":false}");
        assertThat(root.get("questions").get(3).get("answer").get("rubric").get(1).toString())
                .isEqualTo("{\"criterion\":\"说明数据的作用\",\"points\":3.5}");
        assertThat(root.get("questions").get(4).get("children")).hasSize(2);
        assertThat(new String(JsonExporter.write(SampleQuestions.everyShape()), StandardCharsets.UTF_8))
                .contains("顾客没有小票").doesNotContain("\"empty\"").doesNotContain("\"choice\"");
    }

    @Test
    void theBanksIdsAreWrittenWhenGivenAndIgnoredOnImport() throws Exception {
        List<ImportedQuestion> questions = SampleQuestions.everyShape().subList(0, 2);

        byte[] exported = JsonExporter.write(questions, java.util.Arrays.asList("e017fe6c", null));

        JsonNode array = new ObjectMapper().readTree(exported).get("questions");
        assertThat(array.get(0).get("id").asText()).isEqualTo("e017fe6c");
        assertThat(array.get(1).has("id")).isFalse();
        assertThat(JsonImporter.parse(exported).questions()).isEqualTo(questions);
    }

    @Test
    void aQuestionThatCannotBeBoundIsSkippedWithItsFieldNamedAndUnknownFieldsAreIgnored() {
        String json = """
                {"format":"certexam.questions","version":1,"questions":[
                  {"type":"SINGLE_CHOICE","stem":"分值写错了","points":"abc","options":[{"id":"A","text":"x"}]},
                  {"id":"e017fe6c","status":"PUBLISHED","type":"TRUE_FALSE","stem":"顾客永远是对的。","answer":{"value":true}},
                  {"type":"SINGLE_CHOICE","stem":"没有答案","options":[{"id":"A","text":"甲"},{"id":"B","text":"乙"}]},
                  {"type":"TRUE_FALSE","stem":"顾客永远是对的！","answer":{"value":true}}
                ]}""";

        ImportDocument doc = JsonImporter.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(doc.questions()).containsExactly(
                new ImportedQuestion(2, "TRUE_FALSE", "顾客永远是对的。", null, ImportedAnswer.trueFalse(true), null, null,
                        null, null, null, null, null, null),
                new ImportedQuestion(3, "SINGLE_CHOICE", "没有答案",
                        List.of(new ImportedOption("A", "甲"), new ImportedOption("B", "乙")), null, null, null, null,
                        null, null, null, null, null));
        assertThat(doc.messages()).extracting(ImportMessage::line).containsExactly(1, 3, 4);
        assertThat(doc.messages().get(0).text()).contains("points");
        assertThat(doc.messages().get(1).text()).contains("no answer key found");
        assertThat(doc.messages().get(2).isDuplicateNotice()).isTrue();
    }
}
