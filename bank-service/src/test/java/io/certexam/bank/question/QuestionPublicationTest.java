package io.certexam.bank.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.QuestionPublished;
import io.certexam.contracts.bank.QuestionRetired;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;

/** What the outbox puts on the bank topics when questions are published, corrected and retired. */
@ServiceIntegrationTest
class QuestionPublicationTest {

    static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    Api api;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void setUp() {
        api = new Api(http);
    }

    @Test
    void aPublishedVersionGoesOutAsContentWithoutKeyAndAsAKeyOnItsOwnTopic() {
        String id = Questions.createPublished(api, Questions.singleChoice("What is asked?", "B", "module:theory"));

        KafkaTestClient.Received<QuestionPublished> received = kafka.awaitRecord(QuestionPublished.class,
                e -> e.questionId().equals(id));
        QuestionPublished published = received.payload();
        assertThat(received.key()).isEqualTo(id);
        assertThat(published.schemaVersion()).isEqualTo(QuestionPublished.SCHEMA_VERSION);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.content().id()).isEqualTo(id);
        assertThat(published.content().type()).isEqualTo("SINGLE_CHOICE");
        assertThat(published.content().stem()).isEqualTo("What is asked?");
        assertThat(published.content().options()).extracting(o -> o.id()).containsExactly("A", "B", "C");
        assertThat(published.content().points()).isEqualByComparingTo("2");
        assertThat(published.content().tags()).containsExactly("module:theory");
        assertThat(published.content().language()).isEqualTo("zh");

        String raw = rawValue(Topics.BANK_QUESTIONS, EventType.QUESTION_PUBLISHED, id);
        assertThat(raw).contains("What is asked?")
                .doesNotContain("optionIds")
                .doesNotContain("answer")
                .doesNotContain("explanation")
                .doesNotContain("explained: What is asked?");

        KafkaTestClient.Received<AnswerKeyPublished> key = kafka.awaitRecord(AnswerKeyPublished.class,
                e -> e.questionId().equals(id));
        assertThat(key.key()).isEqualTo(id);
        assertThat(key.id()).isNotEqualTo(received.id());
        assertThat(key.payload().version()).isEqualTo(1);
        assertThat(key.payload().key()).isEqualTo(new AnswerKey(id, "SINGLE_CHOICE", new BigDecimal("2"), null,
                List.of("B"), null, null, List.of(), List.of()));
    }

    @Test
    void multipleChoiceAndTrueFalseKeysCarryTheirScoringAndValue() {
        String multiple = Questions.createPublished(api, "{\"type\":\"MULTIPLE_CHOICE\",\"stem\":\"pick\","
                + "\"options\":[{\"id\":\"x\",\"text\":\"1\"},{\"id\":\"y\",\"text\":\"2\"},{\"id\":\"z\",\"text\":\"3\"}],"
                + "\"answer\":{\"optionIds\":[\"z\",\"x\"]},\"points\":3,\"multipleChoiceScoring\":\"PARTIAL_NO_WRONG\"}");
        String trueFalse = Questions.createPublished(api, Questions.trueFalse("true?", false));

        AnswerKey multipleKey = kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(multiple)).key();
        assertThat(multipleKey.type()).isEqualTo("MULTIPLE_CHOICE");
        assertThat(multipleKey.multipleChoiceScoring()).isEqualTo("PARTIAL_NO_WRONG");
        assertThat(multipleKey.optionIds()).containsExactly("x", "z");
        assertThat(multipleKey.points()).isEqualByComparingTo("3");

        AnswerKey trueFalseKey = kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(trueFalse)).key();
        assertThat(trueFalseKey.type()).isEqualTo("TRUE_FALSE");
        assertThat(trueFalseKey.value()).isFalse();
        assertThat(trueFalseKey.optionIds()).isEmpty();
        assertThat(trueFalseKey.points()).isEqualByComparingTo("1");
        assertThat(rawValue(Topics.BANK_QUESTIONS, EventType.QUESTION_PUBLISHED, trueFalse))
                .doesNotContain("\"value\"");
    }

    @Test
    void aNewVersionIsPublishedUnderItsNumber() {
        String id = Questions.createPublished(api, Questions.singleChoice("first", "A"));
        api.put("/api/questions/" + id, Questions.singleChoice("second", "C"));
        api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);

        QuestionPublished second = kafka.await(QuestionPublished.class,
                e -> e.questionId().equals(id) && e.version() == 2);
        assertThat(second.content().stem()).isEqualTo("second");
        assertThat(kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(id) && e.version() == 2)
                .key().optionIds()).containsExactly("C");
    }

    @Test
    void aKeyCorrectionCarriesBothKeysTheReasonAndTheAuthor() {
        String id = Questions.createPublished(api, Questions.singleChoice("miskeyed", "A"));
        api.post("/api/questions/" + id + "/answer-key-corrections",
                "{\"answer\":{\"optionIds\":[\"C\"]},\"reason\":\"C is right\"}", HttpStatus.ACCEPTED);

        AnswerKeyCorrected corrected = kafka.await(AnswerKeyCorrected.class, e -> e.questionId().equals(id));

        assertThat(corrected.schemaVersion()).isEqualTo(AnswerKeyCorrected.SCHEMA_VERSION);
        assertThat(corrected.version()).isEqualTo(1);
        assertThat(corrected.keyRevision()).isEqualTo(1);
        assertThat(corrected.oldKey().optionIds()).containsExactly("A");
        assertThat(corrected.newKey().optionIds()).containsExactly("C");
        assertThat(corrected.newKey().itemId()).isEqualTo(id);
        assertThat(corrected.newKey().points()).isEqualByComparingTo("2");
        assertThat(corrected.reason()).isEqualTo("C is right");
        assertThat(corrected.correctedBy()).isEqualTo("author-1");
        assertThat(corrected.correctedAt()).isNotNull();
    }

    @Test
    void retiringAQuestionIsPublished() {
        String id = Questions.createPublished(api, Questions.singleChoice("old", "A"));
        api.post("/api/questions/" + id + "/retire", null, HttpStatus.OK);

        QuestionRetired retired = kafka.await(QuestionRetired.class, e -> e.questionId().equals(id));

        assertThat(retired.version()).isEqualTo(1);
        assertThat(retired.retiredAt()).isNotNull();
    }

    private static String rawValue(String topic, EventType type, String key) {
        List<ConsumerRecord<String, byte[]>> records = kafka.readRaw(topic).stream()
                .filter(r -> key.equals(r.key()))
                .filter(r -> type.cloudEventType().equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .toList();
        assertThat(records).isNotEmpty();
        return new String(records.get(0).value(), StandardCharsets.UTF_8);
    }
}
