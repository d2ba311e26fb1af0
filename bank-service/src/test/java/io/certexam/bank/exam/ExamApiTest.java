package io.certexam.bank.exam;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class ExamApiTest {

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

    static String exam(String title, Object... sections) {
        return Api.json(Map.ofEntries(
                Map.entry("title", title),
                Map.entry("instructions", "Answer all questions."),
                Map.entry("timeLimitMinutes", 30),
                Map.entry("passPercent", 60),
                Map.entry("maxAttempts", 3),
                Map.entry("minMinutesBetweenAttempts", 60),
                Map.entry("sections", List.of(sections)),
                Map.entry("shuffleQuestions", true),
                Map.entry("shuffleOptions", true),
                Map.entry("availableFrom", "2030-01-01T08:00:00Z"),
                Map.entry("certificateValidityMonths", 12)));
    }

    static Map<String, Object> fixed(String title, String... questionIds) {
        return Map.of("title", title, "questionIds", List.of(questionIds));
    }

    static Map<String, Object> draw(String title, int count, String type, String... tags) {
        return Map.of("title", title, "draw", Map.of("count", count, "type", type, "tags", List.of(tags)),
                "pointsPerQuestion", 5);
    }

    @Test
    void anExamIsCreatedPublishedWithFrozenVersionsAndRead() {
        String pool = "pool:" + UUID.randomUUID();
        String q1 = Questions.createPublished(api, Questions.singleChoice("fixed one", "A"));
        String q2 = Questions.createPublished(api, Questions.trueFalse("fixed two", true));
        api.put("/api/questions/" + q1, Questions.singleChoice("fixed one, unpublished rewrite", "B"));
        String p1 = Questions.createPublished(api, Questions.singleChoice("pool one", "A", pool));
        String p2 = Questions.createPublished(api, Questions.singleChoice("pool two", "B", pool));
        Questions.createPublished(api, Questions.trueFalse("pool of another type", true, pool));
        Questions.create(api, Questions.singleChoice("pool draft", "A", pool));

        ResponseEntity<JsonNode> created = api.post("/api/exams",
                exam("Store certification", fixed("Basics", q1, q2), draw("Random", 1, "SINGLE_CHOICE", pool)));
        String id = Api.expect(created, HttpStatus.CREATED).path("id").asText();
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/exams/" + id);
        JsonNode draft = api.get("/api/exams/" + id, HttpStatus.OK);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("version").isNull()).isTrue();
        assertThat(draft.path("title").asText()).isEqualTo("Store certification");
        assertThat(draft.path("sections").get(0).path("questionIds").toString()).isEqualTo("[\"" + q1 + "\",\"" + q2 + "\"]");

        JsonNode published = api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);
        assertThat(published.path("id").asText()).isEqualTo(id);
        assertThat(published.path("version").asInt()).isEqualTo(1);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");

        JsonNode read = api.get("/api/exams/" + id, HttpStatus.OK);
        assertThat(read.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(read.path("version").asInt()).isEqualTo(1);
        assertThat(read.path("passPercent").decimalValue()).isEqualByComparingTo("60");
        assertThat(read.path("timeLimitMinutes").asInt()).isEqualTo(30);
        assertThat(read.path("shuffleOptions").asBoolean()).isTrue();
        assertThat(read.path("sections").get(0).path("questions").toString())
                .isEqualTo("[{\"questionId\":\"" + q1 + "\",\"version\":1},{\"questionId\":\"" + q2 + "\",\"version\":1}]");
        JsonNode drawSection = read.path("sections").get(1);
        assertThat(drawSection.path("draw").path("count").asInt()).isEqualTo(1);
        assertThat(drawSection.path("pointsPerQuestion").decimalValue()).isEqualByComparingTo("5");
        assertThat(drawSection.path("pool")).hasSize(2);
        assertThat(drawSection.path("pool").toString()).contains(p1).contains(p2);

        JsonNode list = api.get("/api/exams?status=PUBLISHED&size=100", HttpStatus.OK);
        assertThat(list.path("total").asLong()).isPositive();
        assertThat(list.path("items").toString()).contains(id);

        ExamPublished event = kafka.await(ExamPublished.class, e -> e.examId().equals(id));
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.title()).isEqualTo("Store certification");
        assertThat(event.timeLimitMinutes()).isEqualTo(30);
        assertThat(event.passPercent()).isEqualByComparingTo("60");
        assertThat(event.passScore()).isNull();
        assertThat(event.maxAttempts()).isEqualTo(3);
        assertThat(event.minMinutesBetweenAttempts()).isEqualTo(60);
        assertThat(event.shuffleQuestions()).isTrue();
        assertThat(event.availableFrom()).hasToString("2030-01-01T08:00:00Z");
        assertThat(event.availableUntil()).isNull();
        assertThat(event.certificateValidityMonths()).isEqualTo(12);
        ExamSection basics = event.sections().get(0);
        assertThat(basics.questions()).containsExactly(new QuestionRef(q1, 1), new QuestionRef(q2, 1));
        assertThat(basics.draw()).isNull();
        ExamSection random = event.sections().get(1);
        assertThat(random.questions()).isEmpty();
        assertThat(random.pointsPerQuestion()).isEqualByComparingTo("5");
        assertThat(random.draw().count()).isEqualTo(1);
        assertThat(random.draw().type()).isEqualTo("SINGLE_CHOICE");
        assertThat(random.draw().tags()).containsExactly(pool);
        assertThat(random.draw().pool()).containsExactlyInAnyOrder(new QuestionRef(p1, 1), new QuestionRef(p2, 1));
        assertThat(event.questions()).extracting(ExamQuestion::questionId).containsExactlyInAnyOrder(q1, q2, p1, p2);
        ExamQuestion frozenQ1 = event.questions().stream().filter(q -> q.questionId().equals(q1)).findFirst().orElseThrow();
        assertThat(frozenQ1.version()).isEqualTo(1);
        assertThat(frozenQ1.content().stem()).isEqualTo("fixed one");
        assertThat(frozenQ1.content().options()).hasSize(3);

        String raw = kafka.readRaw(Topics.BANK_EXAMS).stream()
                .filter(r -> id.equals(r.key()))
                .filter(r -> EventType.EXAM_PUBLISHED.cloudEventType().equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        assertThat(raw).doesNotContain("optionIds").doesNotContain("explain").doesNotContain("answer");
    }

    @Test
    void anExamReferencingADraftQuestionCannotBePublished() {
        String published = Questions.createPublished(api, Questions.singleChoice("ready", "A"));
        String draft = Questions.create(api, Questions.singleChoice("not ready", "A"));
        String id = api.post("/api/exams", exam("Too early", fixed("Basics", published, draft)), HttpStatus.CREATED)
                .path("id").asText();

        JsonNode conflict = problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT);

        assertThat(conflict.path("code").asText()).isEqualTo("exam-not-publishable");
        assertThat(conflict.path("detail").asText())
                .contains("section 1 (Basics): question " + draft + " has no published version")
                .doesNotContain(published);
        assertThat(api.get("/api/exams/" + id, HttpStatus.OK).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void anUnsatisfiableDrawOrUnknownQuestionIsNamed() {
        String tag = "scarce:" + UUID.randomUUID();
        Questions.createPublished(api, Questions.singleChoice("the only one", "A", tag));
        String unknown = UUID.randomUUID().toString();
        String id = api.post("/api/exams", exam("Greedy", draw("Drawn", 2, "SINGLE_CHOICE", tag), fixed("Ghost", unknown)),
                HttpStatus.CREATED).path("id").asText();

        JsonNode conflict = problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT);

        assertThat(conflict.path("detail").asText())
                .contains("section 1 (Drawn): the draw needs 2 SINGLE_CHOICE questions tagged " + tag
                        + " but only 1 published ones match")
                .contains("section 2 (Ghost): question " + unknown + " does not exist");
    }

    @Test
    void publishingTwiceConflictsAndRetiringIsPublished() {
        String q = Questions.createPublished(api, Questions.singleChoice("for retirement", "A"));
        String id = api.post("/api/exams", exam("Short lived", fixed("Only", q)), HttpStatus.CREATED).path("id").asText();
        api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);

        assertThat(problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT).path("code").asText())
                .isEqualTo("exam-already-published");

        JsonNode retired = api.post("/api/exams/" + id + "/retire", null, HttpStatus.OK);
        assertThat(retired.path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.path("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/exams/" + id, HttpStatus.OK).path("status").asText()).isEqualTo("RETIRED");
        ExamRetired event = kafka.await(ExamRetired.class, e -> e.examId().equals(id));
        assertThat(event.version()).isEqualTo(1);
        problem(api.post("/api/exams/" + id + "/retire", null), HttpStatus.CONFLICT);
    }

    @Test
    void aDraftExamCannotBeRetired() {
        String id = api.post("/api/exams", exam("Never out", fixed("Only", "whatever")), HttpStatus.CREATED)
                .path("id").asText();

        assertThat(problem(api.post("/api/exams/" + id + "/retire", null), HttpStatus.CONFLICT).path("code").asText())
                .isEqualTo("exam-not-published");
    }

    @Test
    void invalidDefinitionsAreRejectedFieldByField() {
        JsonNode problem = problem(api.post("/api/exams", "{\"title\":\"\",\"timeLimitMinutes\":0,\"passScore\":5,"
                + "\"passPercent\":50,\"sections\":[{\"title\":\"A\",\"questionIds\":[\"q1\",\"q1\"]},"
                + "{\"title\":\"B\"},{\"title\":\"C\",\"draw\":{\"count\":0}}]}"), HttpStatus.BAD_REQUEST);

        assertThat(errorFields(problem)).containsExactlyInAnyOrder("title", "timeLimitMinutes", "passPercent",
                "sections[0].questionIds[1]", "sections[1].questionIds", "sections[2].draw.count");
        assertThat(errorFields(problem(api.post("/api/exams", "{\"title\":\"x\",\"timeLimitMinutes\":10,"
                + "\"passPercent\":50}"), HttpStatus.BAD_REQUEST))).containsExactly("sections");
    }

    @Test
    void unknownExamsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        problem(api.get("/api/exams/" + unknown), HttpStatus.NOT_FOUND);
        problem(api.post("/api/exams/" + unknown + "/publish", null), HttpStatus.NOT_FOUND);
        problem(api.post("/api/exams/" + unknown + "/retire", null), HttpStatus.NOT_FOUND);
    }

    @Test
    void aQuestionIdIsNoExamId() {
        String question = Questions.createPublished(api, Questions.singleChoice("not an exam", "A"));
        problem(api.post("/api/exams/" + question + "/publish", null), HttpStatus.NOT_FOUND);
    }
}
