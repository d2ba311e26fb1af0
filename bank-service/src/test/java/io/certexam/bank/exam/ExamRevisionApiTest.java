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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Revising and republishing exams, exams of every item type, and the publication checks over REST. */
@ServiceIntegrationTest
class ExamRevisionApiTest {

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

    static String exam(String title, int passPercent, Object... sections) {
        return Api.json(Map.of("title", title, "timeLimitMinutes", 20, "passPercent", passPercent,
                "sections", List.of(sections)));
    }

    static String examWithPassScore(String title, int passScore, Object... sections) {
        return Api.json(Map.of("title", title, "timeLimitMinutes", 20, "passScore", passScore,
                "sections", List.of(sections)));
    }

    static Map<String, Object> fixed(String title, String... questionIds) {
        return Map.of("title", title, "questionIds", List.of(questionIds));
    }

    static Map<String, Object> draw(String title, int count, String tag) {
        return Map.of("title", title, "draw", Map.of("count", count, "tags", List.of(tag)));
    }

    @Test
    void aDraftExamIsRevisedInPlace() {
        String q = Questions.createPublished(api, Questions.singleChoice("draft exam question", "A"));
        String id = api.post("/api/exams", exam("First title", 50, fixed("S", q)), HttpStatus.CREATED).path("id").asText();

        JsonNode revised = Api.expect(api.put("/api/exams/" + id, exam("Second title", 70, fixed("S2", q))),
                HttpStatus.OK);

        assertThat(revised.path("id").asText()).isEqualTo(id);
        assertThat(revised.path("version").isNull()).isTrue();
        assertThat(revised.path("status").asText()).isEqualTo("DRAFT");
        assertThat(revised.path("editing").asBoolean()).isFalse();
        JsonNode read = api.get("/api/exams/" + id, HttpStatus.OK);
        assertThat(read.path("title").asText()).isEqualTo("Second title");
        assertThat(read.path("passPercent").asInt()).isEqualTo(70);
        assertThat(read.path("sections").get(0).path("title").asText()).isEqualTo("S2");
        assertThat(api.get("/api/exams?size=100", HttpStatus.OK).path("items").toString()).contains("Second title");
    }

    @Test
    void aPublishedExamIsEditedAndPublishedAsVersionTwo() {
        String q1 = Questions.createPublished(api, Questions.singleChoice("v1 exam question", "A"));
        String q2 = Questions.createPublished(api, Questions.trueFalse("v2 exam question", true));
        String id = api.post("/api/exams", exam("Versioned", 60, fixed("S", q1)), HttpStatus.CREATED).path("id").asText();
        api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);

        JsonNode editing = Api.expect(api.put("/api/exams/" + id, exam("Versioned, take two", 60, fixed("S", q1, q2))),
                HttpStatus.OK);
        assertThat(editing.path("version").asInt()).isEqualTo(1);
        assertThat(editing.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(editing.path("editing").asBoolean()).isTrue();

        JsonNode current = api.get("/api/exams/" + id, HttpStatus.OK);
        assertThat(current.path("editing").asBoolean()).isTrue();
        assertThat(current.path("title").asText()).isEqualTo("Versioned, take two");
        assertThat(current.path("sections").get(0).path("questions")).isEmpty();
        JsonNode first = api.get("/api/exams/" + id + "?version=1", HttpStatus.OK);
        assertThat(first.path("title").asText()).isEqualTo("Versioned");
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("sections").get(0).path("questions").toString())
                .isEqualTo("[{\"questionId\":\"" + q1 + "\",\"version\":1}]");

        JsonNode published = api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);
        assertThat(published.path("version").asInt()).isEqualTo(2);
        assertThat(problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT).path("code").asText())
                .isEqualTo("exam-already-published");

        JsonNode after = api.get("/api/exams/" + id, HttpStatus.OK);
        assertThat(after.path("version").asInt()).isEqualTo(2);
        assertThat(after.path("editing").asBoolean()).isFalse();
        assertThat(after.path("versions")).hasSize(2);
        assertThat(after.path("versions").get(1).path("publishedBy").asText()).isEqualTo("author-1");
        assertThat(after.path("sections").get(0).path("questions")).hasSize(2);
        problem(api.get("/api/exams/" + id + "?version=3"), HttpStatus.NOT_FOUND);

        ExamPublished second = kafka.await(ExamPublished.class, e -> e.examId().equals(id) && e.version() == 2);
        assertThat(second.title()).isEqualTo("Versioned, take two");
        assertThat(second.sections().get(0).questions()).containsExactly(new QuestionRef(q1, 1), new QuestionRef(q2, 1));
        assertThat(kafka.await(ExamPublished.class, e -> e.examId().equals(id) && e.version() == 1).title())
                .isEqualTo("Versioned");
    }

    @Test
    void aRetiredExamCannotBeRevised() {
        String q = Questions.createPublished(api, Questions.singleChoice("retired exam question", "A"));
        String id = api.post("/api/exams", exam("Retired", 60, fixed("S", q)), HttpStatus.CREATED).path("id").asText();
        api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);
        api.post("/api/exams/" + id + "/retire", null, HttpStatus.OK);

        assertThat(problem(api.put("/api/exams/" + id, exam("Again", 60, fixed("S", q))), HttpStatus.CONFLICT)
                .path("code").asText()).isEqualTo("exam-retired");
    }

    @Test
    void revisingBadlyAnswers4xx() {
        String id = api.post("/api/exams", exam("To revise", 60, fixed("S", "q")), HttpStatus.CREATED)
                .path("id").asText();

        assertThat(errorFields(problem(api.put("/api/exams/" + id, "{\"title\":\"\",\"timeLimitMinutes\":20,"
                + "\"passPercent\":60,\"sections\":[{\"title\":\"S\",\"questionIds\":[\"q\"]}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("title");
        problem(api.put("/api/exams/" + id, "{\"title\":"), HttpStatus.BAD_REQUEST);
        assertThat(errorFields(problem(api.put("/api/exams/" + id, "{\"title\":\"t\",\"maxAttempts\":\"many\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("maxAttempts");
        problem(api.put("/api/exams/" + UUID.randomUUID(), exam("x", 60, fixed("S", "q"))), HttpStatus.NOT_FOUND);
        problem(api.call(HttpMethod.PUT, "/api/exams/" + id, TestTokens.candidate("c-1"), exam("x", 60, fixed("S", "q"))),
                HttpStatus.FORBIDDEN);
        problem(api.call(HttpMethod.PUT, "/api/exams/" + id, null, exam("x", 60, fixed("S", "q"))),
                HttpStatus.UNAUTHORIZED);
        problem(api.call(HttpMethod.GET, "/api/exams/" + id + "?version=1", TestTokens.grader(), null),
                HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/exams/" + id, HttpStatus.OK).path("title").asText()).isEqualTo("To revise");
    }

    @Test
    void openResponsesAndScenariosAreFrozenWithContentButWithoutKeys() {
        String tag = "case:" + UUID.randomUUID();
        String open = Questions.createPublished(api, Questions.openResponse("Describe the returns desk.",
                "secret reference", tag));
        String scenario = Questions.createPublished(api, Questions.scenario("Case: a broken kettle.", tag));
        String id = api.post("/api/exams", exam("Written exam", 60, fixed("Open", open), draw("Cases", 1, tag)),
                HttpStatus.CREATED).path("id").asText();
        // the draw's pool holds the scenario only: the open response is fixed in section 1
        api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK);

        ExamPublished event = kafka.await(ExamPublished.class, e -> e.examId().equals(id));
        assertThat(event.sections().get(1).draw().pool()).containsExactly(new QuestionRef(scenario, 1));
        QuestionContent openContent = content(event, open);
        assertThat(openContent.openResponseKind()).isEqualTo("ESSAY");
        assertThat(openContent.maxResponseLength()).isEqualTo(800);
        QuestionContent scenarioContent = content(event, scenario);
        assertThat(scenarioContent.points()).isEqualByComparingTo("6");
        assertThat(scenarioContent.children()).extracting(QuestionContent::id)
                .containsExactly(scenario + "-1", scenario + "-2", scenario + "-3");
        String raw = kafka.readRaw(Topics.BANK_EXAMS).stream()
                .filter(r -> id.equals(r.key()))
                .filter(r -> EventType.EXAM_PUBLISHED.cloudEventType().equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        assertThat(raw).contains("child option b")
                .doesNotContain("secret reference")
                .doesNotContain("child reference answer")
                .doesNotContain("rubric")
                .doesNotContain("explained")
                .doesNotContain("optionIds")
                .doesNotContain("answer");
    }

    @Test
    void aPassScoreAboveTheMaximumIsRefused() {
        String q1 = Questions.createPublished(api, Questions.singleChoice("two points", "A"));
        String q2 = Questions.createPublished(api, Questions.trueFalse("one point", true));

        assertThat(errorFields(problem(api.post("/api/exams", Api.json(Map.of("title", "Too strict", "timeLimitMinutes", 20,
                "passScore", 11, "sections", List.of(Map.of("title", "S", "questionIds", List.of(q1, q2),
                        "pointsPerQuestion", 5))))), HttpStatus.BAD_REQUEST))).containsExactly("passScore");

        String id = api.post("/api/exams", examWithPassScore("Strict", 4, fixed("S", q1, q2)), HttpStatus.CREATED).path("id").asText();
        JsonNode conflict = problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT);
        assertThat(conflict.path("code").asText()).isEqualTo("exam-not-publishable");
        assertThat(conflict.path("detail").asText()).contains("the pass score 4 is more than the 3 points");
    }

    @Test
    void drawsThatCouldStarveALaterDrawAreRefused() {
        String wide = "wide:" + UUID.randomUUID();
        String narrow = "narrow:" + UUID.randomUUID();
        Questions.createPublished(api, Questions.singleChoice("in both pools", "A", wide, narrow));
        Questions.createPublished(api, Questions.singleChoice("in the wide pool", "A", wide));
        String id = api.post("/api/exams", exam("Starving", 50, draw("Wide", 1, wide), draw("Narrow", 1, narrow)),
                HttpStatus.CREATED).path("id").asText();

        JsonNode conflict = problem(api.post("/api/exams/" + id + "/publish", null), HttpStatus.CONFLICT);

        assertThat(conflict.path("detail").asText()).contains("section 2 (Narrow)").contains("section 1 (Wide)")
                .contains("may take up to 1");
        api.put("/api/exams/" + id, exam("Starving no more", 50, draw("Narrow", 1, narrow), draw("Wide", 1, wide)));
        assertThat(api.post("/api/exams/" + id + "/publish", null, HttpStatus.OK).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void pointsPerQuestionDoNotApplyToScenarios() {
        JsonNode problem = problem(api.post("/api/exams", Api.json(Map.of("title", "Cases", "timeLimitMinutes", 20,
                "passPercent", 50, "sections", List.of(Map.of("title", "S", "pointsPerQuestion", 2,
                        "draw", Map.of("count", 1, "type", "SCENARIO")))))), HttpStatus.BAD_REQUEST);

        assertThat(errorFields(problem)).containsExactly("sections[0].pointsPerQuestion");
    }

    private static QuestionContent content(ExamPublished event, String questionId) {
        return event.questions().stream().filter(q -> q.questionId().equals(questionId)).map(ExamQuestion::content)
                .findFirst().orElseThrow();
    }
}
