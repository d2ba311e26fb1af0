package io.certexam.questionimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank may hand the report records to its own Jackson mapper: they must serialise as their components only. */
class ModelJsonTest {

    @Test
    void reportRecordsSerialiseAsTheirComponents() throws Exception {
        ObjectMapper plain = new ObjectMapper();

        assertThat(plain.writeValueAsString(ImportMessage.info(3, "x")))
                .isEqualTo("{\"line\":3,\"level\":\"INFO\",\"text\":\"x\"}");
        assertThat(plain.readTree(plain.writeValueAsString(SampleQuestions.everyShape().get(0))).fieldNames())
                .toIterable().containsExactly("line", "type", "stem", "options", "answer", "points",
                        "multipleChoiceScoring", "openResponseKind", "children", "explanation", "tags", "difficulty",
                        "language");
        assertThat(plain.readTree(plain.writeValueAsString(ImportedAnswer.trueFalse(true))).fieldNames())
                .toIterable().containsExactly("optionIds", "value", "referenceAnswer", "rubric");
    }
}
