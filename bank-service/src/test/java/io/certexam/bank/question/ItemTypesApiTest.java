package io.certexam.bank.question;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionPublished;
import io.certexam.contracts.bank.RubricCriterion;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Open responses and scenarios over REST, from creation to history, and what they publish on Kafka. */
@ServiceIntegrationTest
class ItemTypesApiTest {

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

    static String bodyOf(String type, String stem) {
        return switch (type) {
            case "SINGLE_CHOICE" -> Questions.singleChoice(stem, "A");
            case "MULTIPLE_CHOICE" -> Api.json(Map.of("type", "MULTIPLE_CHOICE", "stem", stem,
                    "options", List.of(Map.of("id", "A", "text", "a"), Map.of("id", "B", "text", "b")),
                    "answer", Map.of("optionIds", List.of("A", "B"))));
            case "TRUE_FALSE" -> Questions.trueFalse(stem, true);
            case "OPEN_RESPONSE" -> Questions.openResponse(stem, "reference");
            default -> Questions.scenario(stem);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "OPEN_RESPONSE", "SCENARIO"})
    void everyTypeIsPublishedRevisedByAnotherAuthorAndReadVersionByVersion(String type) {
        String id = Questions.createPublished(api, bodyOf(type, "first wording of " + type));
        String otherAuthor = TestTokens.token("author-2", null, "AUTHOR");

        JsonNode revised = Api.expect(api.call(HttpMethod.PUT, "/api/questions/" + id, otherAuthor,
                bodyOf(type, "second wording of " + type)), HttpStatus.OK);
        assertThat(revised.path("version").asInt()).isEqualTo(2);
        Api.expect(api.call(HttpMethod.POST, "/api/questions/" + id + "/publish", otherAuthor, null), HttpStatus.OK);

        JsonNode first = api.get("/api/questions/" + id + "?version=1", HttpStatus.OK);
        JsonNode second = api.get("/api/questions/" + id + "?version=2", HttpStatus.OK);
        assertThat(first.path("type").asText()).isEqualTo(type);
        assertThat(first.path("stem").asText()).isEqualTo("first wording of " + type);
        assertThat(second.path("stem").asText()).isEqualTo("second wording of " + type);
        assertThat(second.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(second.path("publishedVersion").asInt()).isEqualTo(2);

        JsonNode history = api.get("/api/questions/" + id + "/history", HttpStatus.OK);
        assertThat(history.path("versions")).hasSize(2);
        assertThat(history.path("versions").get(0).path("author").asText()).isEqualTo("author-1");
        assertThat(history.path("versions").get(0).path("publishedBy").asText()).isEqualTo("author-1");
        assertThat(history.path("versions").get(1).path("author").asText()).isEqualTo("author-2");
        assertThat(history.path("versions").get(1).path("publishedBy").asText()).isEqualTo("author-2");
        assertThat(history.path("versions").get(1).path("status").asText()).isEqualTo("PUBLISHED");

        assertThat(kafka.await(QuestionPublished.class, e -> e.questionId().equals(id) && e.version() == 2)
                .content().stem()).isEqualTo("second wording of " + type);
        assertThat(kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(id) && e.version() == 2)
                .key().type()).isEqualTo(type);
    }

    @Test
    void anOpenResponseIsCreatedPublishedRevisedAndKeptVersionByVersion() {
        String id = Questions.create(api, Questions.openResponse("Explain the refund rule.", "Within 7 days.",
                "module:after-sales"));

        JsonNode draft = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(draft.path("type").asText()).isEqualTo("OPEN_RESPONSE");
        assertThat(draft.path("openResponseKind").asText()).isEqualTo("ESSAY");
        assertThat(draft.path("maxResponseLength").asInt()).isEqualTo(800);
        assertThat(draft.path("points").decimalValue()).isEqualByComparingTo("5");
        assertThat(draft.path("options")).isEmpty();
        assertThat(draft.path("children")).isEmpty();
        assertThat(draft.path("answer").path("referenceAnswer").asText()).isEqualTo("Within 7 days.");
        assertThat(draft.path("answer").path("rubric").toString())
                .isEqualTo("[{\"criterion\":\"rubric: names the rule\",\"points\":2},"
                        + "{\"criterion\":\"rubric: applies it\",\"points\":3}]");

        api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        JsonNode revised = Api.expect(api.put("/api/questions/" + id, Questions.openResponse("Explain the refund rule.",
                "Within 14 days.", "module:after-sales")), HttpStatus.OK);
        assertThat(revised.path("version").asInt()).isEqualTo(2);
        assertThat(revised.path("status").asText()).isEqualTo("DRAFT");

        assertThat(api.get("/api/questions/" + id + "?version=1", HttpStatus.OK).path("answer").path("referenceAnswer")
                .asText()).isEqualTo("Within 7 days.");
        JsonNode second = api.get("/api/questions/" + id + "?version=2", HttpStatus.OK);
        assertThat(second.path("answer").path("referenceAnswer").asText()).isEqualTo("Within 14 days.");
        assertThat(second.path("status").asText()).isEqualTo("DRAFT");

        JsonNode history = api.get("/api/questions/" + id + "/history", HttpStatus.OK);
        assertThat(history.path("status").asText()).isEqualTo("DRAFT");
        assertThat(history.path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(history.path("latestVersion").asInt()).isEqualTo(2);
        assertThat(history.path("createdBy").asText()).isEqualTo("author-1");
        JsonNode v1 = history.path("versions").get(0);
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(v1.path("author").asText()).isEqualTo("author-1");
        assertThat(v1.path("publishedBy").asText()).isEqualTo("author-1");
        assertThat(v1.path("publishedAt").isNull()).isFalse();
        assertThat(v1.path("createdAt").isNull()).isFalse();
        assertThat(v1.path("keyCorrections")).isEmpty();
        JsonNode v2 = history.path("versions").get(1);
        assertThat(v2.path("status").asText()).isEqualTo("DRAFT");
        assertThat(v2.path("publishedAt").isNull()).isTrue();
        assertThat(history.path("versions")).hasSize(2);

        QuestionContent content = kafka.await(QuestionPublished.class, e -> e.questionId().equals(id)).content();
        assertThat(content.type()).isEqualTo("OPEN_RESPONSE");
        assertThat(content.openResponseKind()).isEqualTo("ESSAY");
        assertThat(content.maxResponseLength()).isEqualTo(800);
        assertThat(content.points()).isEqualByComparingTo("5");
        assertThat(content.options()).isEmpty();
        assertThat(content.children()).isEmpty();
        assertThat(rawValue(Topics.BANK_QUESTIONS, EventType.QUESTION_PUBLISHED, id))
                .contains("Explain the refund rule.")
                .doesNotContain("Within 7 days.")
                .doesNotContain("rubric")
                .doesNotContain("referenceAnswer")
                .doesNotContain("explained:");

        AnswerKey key = kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(id)).key();
        assertThat(key).isEqualTo(new AnswerKey(id, "OPEN_RESPONSE", new BigDecimal("5"), null, List.of(), null,
                "Within 7 days.", List.of(new RubricCriterion("rubric: names the rule", new BigDecimal("2")),
                        new RubricCriterion("rubric: applies it", new BigDecimal("3"))), List.of()));
    }

    @Test
    void aScenariosChildrenHaveStableIdsAndItIsWorthTheirSum() {
        String id = Questions.create(api, Questions.scenario("A customer brings back a kettle.", "module:practice"));

        JsonNode scenario = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(scenario.path("type").asText()).isEqualTo("SCENARIO");
        assertThat(scenario.path("points").decimalValue()).isEqualByComparingTo("6");
        assertThat(scenario.path("answer").isNull()).isTrue();
        JsonNode children = scenario.path("children");
        assertThat(children).hasSize(3);
        assertThat(children.get(0).path("id").asText()).isEqualTo(id + "-1");
        assertThat(children.get(0).path("answer").path("optionIds").toString()).isEqualTo("[\"B\"]");
        assertThat(children.get(0).path("explanation").asText()).isEqualTo("child explained");
        assertThat(children.get(1).path("id").asText()).isEqualTo(id + "-2");
        assertThat(children.get(1).path("points").decimalValue()).isEqualByComparingTo("1");
        assertThat(children.get(2).path("id").asText()).isEqualTo(id + "-3");
        assertThat(children.get(2).path("openResponseKind").asText()).isEqualTo("SHORT_ANSWER");
        assertThat(children.get(2).path("maxResponseLength").asInt()).isEqualTo(5000);
        assertThat(children.get(2).path("answer").path("referenceAnswer").asText()).isEqualTo("child reference answer");

        api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        api.put("/api/questions/" + id, Questions.scenario("A customer brings back a toaster.", "module:practice"));
        JsonNode second = api.get("/api/questions/" + id + "?version=2", HttpStatus.OK);
        assertThat(second.path("stem").asText()).isEqualTo("A customer brings back a toaster.");
        assertThat(second.path("children").get(0).path("id").asText()).isEqualTo(id + "-1");
        assertThat(second.path("children").get(2).path("id").asText()).isEqualTo(id + "-3");
        assertThat(api.get("/api/questions/" + id + "?version=1", HttpStatus.OK).path("stem").asText())
                .isEqualTo("A customer brings back a kettle.");
    }

    @Test
    void aPublishedScenarioGoesOutWithChildContentAndChildKeysApart() {
        String id = Questions.createPublished(api, Questions.scenario("The register shows a double charge.",
                "module:practice"));

        QuestionContent content = kafka.await(QuestionPublished.class, e -> e.questionId().equals(id)).content();
        assertThat(content.id()).isEqualTo(id);
        assertThat(content.type()).isEqualTo("SCENARIO");
        assertThat(content.stem()).isEqualTo("The register shows a double charge.");
        assertThat(content.points()).isEqualByComparingTo("6");
        assertThat(content.difficulty()).isEqualTo(4);
        assertThat(content.children()).extracting(QuestionContent::id).containsExactly(id + "-1", id + "-2", id + "-3");
        assertThat(content.children()).extracting(QuestionContent::type)
                .containsExactly("SINGLE_CHOICE", "TRUE_FALSE", "OPEN_RESPONSE");
        QuestionContent first = content.children().get(0);
        assertThat(first.options()).extracting(o -> o.id()).containsExactly("A", "B");
        assertThat(first.points()).isEqualByComparingTo("2");
        assertThat(first.children()).isEmpty();
        assertThat(first.language()).isEqualTo("zh");
        QuestionContent third = content.children().get(2);
        assertThat(third.openResponseKind()).isEqualTo("SHORT_ANSWER");
        assertThat(third.maxResponseLength()).isEqualTo(5000);
        assertThat(rawValue(Topics.BANK_QUESTIONS, EventType.QUESTION_PUBLISHED, id))
                .contains("child option b")
                .doesNotContain("child reference answer")
                .doesNotContain("child explained")
                .doesNotContain("case explained")
                .doesNotContain("optionIds")
                .doesNotContain("\"value\"")
                .doesNotContain("answer");

        AnswerKey key = kafka.await(AnswerKeyPublished.class, e -> e.questionId().equals(id)).key();
        assertThat(key.type()).isEqualTo("SCENARIO");
        assertThat(key.points()).isEqualByComparingTo("6");
        assertThat(key.optionIds()).isEmpty();
        assertThat(key.children()).containsExactly(
                new AnswerKey(id + "-1", "SINGLE_CHOICE", new BigDecimal("2"), null, List.of("B"), null, null, List.of(),
                        List.of()),
                new AnswerKey(id + "-2", "TRUE_FALSE", BigDecimal.ONE, null, List.of(), false, null, List.of(), List.of()),
                new AnswerKey(id + "-3", "OPEN_RESPONSE", new BigDecimal("3"), null, List.of(), null,
                        "child reference answer", List.of(), List.of()));
    }

    @Test
    void aScenariosKeyIsCorrectedChildByChildWithAReason() {
        String id = Questions.createPublished(api, Questions.scenario("A voucher is refused.", "module:practice"));
        String path = "/api/questions/" + id + "/answer-key-corrections";
        String fullKey = "{\"children\":[{\"id\":\"" + id + "-1\",\"answer\":{\"optionIds\":[\"A\"]}},"
                + "{\"id\":\"" + id + "-2\",\"answer\":{\"value\":false}},"
                + "{\"id\":\"" + id + "-3\",\"answer\":{\"referenceAnswer\":\"child reference answer\"}}]}";

        assertThat(errorFields(problem(api.post(path, "{\"answer\":" + fullKey + ",\"reason\":\" \"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("reason");
        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"children\":[{\"id\":\"" + id
                + "-1\",\"answer\":{\"optionIds\":[\"Z\"]}}]},\"reason\":\"r\"}"), HttpStatus.BAD_REQUEST)))
                .containsExactlyInAnyOrder("answer.children[0].answer.optionIds[0]", "answer.children");
        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"optionIds\":[\"A\"]},\"reason\":\"r\"}"),
                HttpStatus.BAD_REQUEST))).containsExactlyInAnyOrder("answer.optionIds", "answer.children");

        JsonNode corrected = api.post(path, "{\"answer\":" + fullKey + ",\"reason\":\"A is right\"}", HttpStatus.ACCEPTED);
        assertThat(corrected.path("version").asInt()).isEqualTo(1);
        assertThat(corrected.path("keyRevision").asInt()).isEqualTo(1);
        assertThat(corrected.path("changedChildren").toString()).isEqualTo("[\"" + id + "-1\"]");

        JsonNode question = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(question.path("children").get(0).path("answer").path("optionIds").toString()).isEqualTo("[\"A\"]");
        assertThat(question.path("keyRevision").asInt()).isEqualTo(1);

        JsonNode correction = api.get("/api/questions/" + id + "/history", HttpStatus.OK)
                .path("versions").get(0).path("keyCorrections").get(0);
        assertThat(correction.path("keyRevision").asInt()).isEqualTo(1);
        assertThat(correction.path("reason").asText()).isEqualTo("A is right");
        assertThat(correction.path("correctedBy").asText()).isEqualTo("author-1");
        assertThat(correction.path("correctedAt").isNull()).isFalse();
        assertThat(correction.path("changedChildren").toString()).isEqualTo("[\"" + id + "-1\"]");

        AnswerKeyCorrected event = kafka.await(AnswerKeyCorrected.class, e -> e.questionId().equals(id));
        assertThat(event.keyRevision()).isEqualTo(1);
        assertThat(event.reason()).isEqualTo("A is right");
        assertThat(event.oldKey().type()).isEqualTo("SCENARIO");
        assertThat(event.oldKey().children().get(0).optionIds()).containsExactly("B");
        assertThat(event.newKey().children().get(0).itemId()).isEqualTo(id + "-1");
        assertThat(event.newKey().children().get(0).optionIds()).containsExactly("A");
        assertThat(event.newKey().children().subList(1, 3)).isEqualTo(event.oldKey().children().subList(1, 3));
    }

    @Test
    void anOpenResponsesRubricIsCorrectedAndMustStillAddUp() {
        String id = Questions.createPublished(api, Questions.openResponse("Why check receipts?", "Fraud."));
        String path = "/api/questions/" + id + "/answer-key-corrections";

        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"referenceAnswer\":\"Fraud.\",\"rubric\":"
                + "[{\"criterion\":\"all\",\"points\":4}]},\"reason\":\"one criterion\"}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("answer.rubric");
        api.post(path, "{\"answer\":{\"referenceAnswer\":\"Fraud and errors.\",\"rubric\":"
                + "[{\"criterion\":\"all\",\"points\":5}]},\"reason\":\"one criterion\"}", HttpStatus.ACCEPTED);

        AnswerKeyCorrected event = kafka.await(AnswerKeyCorrected.class, e -> e.questionId().equals(id));
        assertThat(event.oldKey().referenceAnswer()).isEqualTo("Fraud.");
        assertThat(event.oldKey().rubric()).hasSize(2);
        assertThat(event.newKey().referenceAnswer()).isEqualTo("Fraud and errors.");
        assertThat(event.newKey().rubric()).containsExactly(new RubricCriterion("all", new BigDecimal("5")));
    }

    @Test
    void aRetiredQuestionsHistoryNamesWhoRetiredIt() {
        String id = Questions.createPublished(api, Questions.trueFalse("Retire me?", true));
        api.post("/api/questions/" + id + "/retire", null, HttpStatus.OK);

        JsonNode history = api.get("/api/questions/" + id + "/history", HttpStatus.OK);

        assertThat(history.path("status").asText()).isEqualTo("RETIRED");
        assertThat(history.path("retiredBy").asText()).isEqualTo("author-1");
        assertThat(history.path("retiredAt").isNull()).isFalse();
        assertThat(history.path("versions").get(0).path("status").asText()).isEqualTo("PUBLISHED");
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
