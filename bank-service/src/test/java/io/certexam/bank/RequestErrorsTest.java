package io.certexam.bank;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Bad requests of every kind get a precise 4xx problem+json, never a 500. */
@ServiceIntegrationTest
class RequestErrorsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JwtDecoder jwtDecoder;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(http);
    }

    @Test
    void healthAndApiDocsArePublic() {
        JsonNode health = Api.expect(api.call(HttpMethod.GET, "/actuator/health", null, null), HttpStatus.OK);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode docs = Api.expect(api.call(HttpMethod.GET, "/v3/api-docs", null, null), HttpStatus.OK);
        assertThat(docs.path("paths").has("/api/questions/{id}/answer-key-corrections")).isTrue();
        assertThat(docs.path("paths").has("/api/exams/{id}/publish")).isTrue();
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        problem(api.call(HttpMethod.GET, "/api/questions", null, null), HttpStatus.UNAUTHORIZED);
        problem(api.call(HttpMethod.POST, "/api/questions", null, Questions.singleChoice("s", "A")),
                HttpStatus.UNAUTHORIZED);
        problem(api.call(HttpMethod.POST, "/api/exams", null, "{}"), HttpStatus.UNAUTHORIZED);
        problem(api.call(HttpMethod.GET, "/api/questions", "not-a-jwt", null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenAlteredAfterItWasAcceptedIsRejected() {
        assertThat(jwtDecoder.getClass().getSimpleName()).isEqualTo("RecentlyVerifiedTokens");
        String author = TestTokens.author();
        Api.expect(api.call(HttpMethod.GET, "/api/questions", author, null), HttpStatus.OK);
        String[] parts = author.split("\\.");
        String moreRoles = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"author-1\",\"roles\":[\"AUTHOR\",\"ADMIN\"],\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8));

        problem(api.call(HttpMethod.GET, "/api/questions", parts[0] + "." + moreRoles + "." + parts[2], null),
                HttpStatus.UNAUTHORIZED);
        problem(api.call(HttpMethod.GET, "/api/questions", author + "x", null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void otherRolesThanAuthorAnswer403() {
        String author = TestTokens.author();
        String id = Questions.create(api, Questions.singleChoice("for authors only", "A"));
        for (String token : new String[] {TestTokens.candidate("c-1"), TestTokens.proctor(), TestTokens.grader()}) {
            problem(api.call(HttpMethod.GET, "/api/questions", token, null), HttpStatus.FORBIDDEN);
            problem(api.call(HttpMethod.GET, "/api/questions/" + id, token, null), HttpStatus.FORBIDDEN);
            problem(api.call(HttpMethod.POST, "/api/questions", token, Questions.singleChoice("s", "A")),
                    HttpStatus.FORBIDDEN);
            problem(api.call(HttpMethod.POST, "/api/questions/" + id + "/publish", token, null), HttpStatus.FORBIDDEN);
            problem(api.call(HttpMethod.GET, "/api/exams", token, null), HttpStatus.FORBIDDEN);
            problem(api.call(HttpMethod.POST, "/api/exams", token, "{\"title\":\"t\"}"), HttpStatus.FORBIDDEN);
        }
        assertThat(Api.expect(api.call(HttpMethod.GET, "/api/questions/" + id, author, null), HttpStatus.OK)
                .path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void malformedJsonAnswers400() {
        problem(api.post("/api/questions", "{\"type\":\"SINGLE_CHOICE\",\"stem\":"), HttpStatus.BAD_REQUEST);
        problem(api.post("/api/questions", "not json at all"), HttpStatus.BAD_REQUEST);
        problem(api.post("/api/exams", "{\"title\": [}"), HttpStatus.BAD_REQUEST);
        String id = Questions.create(api, Questions.singleChoice("to be revised", "A"));
        problem(api.put("/api/questions/" + id, "{{"), HttpStatus.BAD_REQUEST);
        problem(api.post("/api/questions/" + id + "/answer-key-corrections", "]"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void aMissingBodyAnswers400() {
        problem(api.post("/api/questions", null), HttpStatus.BAD_REQUEST);
        problem(api.post("/api/exams", null), HttpStatus.BAD_REQUEST);
        problem(api.post("/api/questions", "null"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void wrongTypesAnswer400NamingTheField() {
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SINGLE_CHOICE\",\"points\":\"abc\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("points");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"ESSAY\"}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("type");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SINGLE_CHOICE\",\"options\":\"A\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("options");
        assertThat(errorFields(problem(api.post("/api/questions",
                "{\"type\":\"SINGLE_CHOICE\",\"options\":[{\"id\":{\"x\":1}}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("options[0].id");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"TRUE_FALSE\",\"answer\":{\"value\":\"maybe\"}}"),
                HttpStatus.BAD_REQUEST))).containsExactly("answer.value");
        assertThat(errorFields(problem(api.post("/api/exams", "{\"title\":\"t\",\"timeLimitMinutes\":\"long\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("timeLimitMinutes");
        assertThat(errorFields(problem(api.post("/api/exams", "{\"title\":\"t\",\"availableFrom\":\"tomorrow\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("availableFrom");
        assertThat(errorFields(problem(api.post("/api/exams",
                "{\"title\":\"t\",\"sections\":[{\"draw\":{\"type\":\"POEM\"}}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("sections[0].draw.type");
    }

    @Test
    void invalidQuestionsAnswer400WithEveryFieldError() {
        JsonNode problem = problem(api.post("/api/questions", "{\"type\":\"SINGLE_CHOICE\",\"stem\":\" \","
                + "\"options\":[{\"id\":\"A\",\"text\":\"a\"},{\"id\":\"A\",\"text\":\"b\"}],"
                + "\"answer\":{\"optionIds\":[\"A\",\"Z\"]},\"points\":0,\"tags\":[\"notatag\"],\"difficulty\":7}"),
                HttpStatus.BAD_REQUEST);

        assertThat(problem.path("code").asText()).isEqualTo("invalid-input");
        assertThat(errorFields(problem)).containsExactlyInAnyOrder("stem", "options[1].id", "answer.optionIds",
                "answer.optionIds[1]", "points", "tags[0]", "difficulty");
        assertThat(errorFields(problem(api.post("/api/questions", "{}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("type");
        assertThat(errorFields(problem(api.post("/api/questions",
                        "{\"type\":\"TRUE_FALSE\",\"stem\":\"" + "x".repeat(4001) + "\",\"answer\":{\"value\":true}}"),
                HttpStatus.BAD_REQUEST))).containsExactly("stem");
    }

    @Test
    void openResponsesAndScenariosWithoutTheirPartsAnswer400NamingThem() {
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"OPEN_RESPONSE\",\"stem\":\"Explain.\"}"),
                HttpStatus.BAD_REQUEST))).containsExactlyInAnyOrder("openResponseKind", "answer");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"stem\":\"A case.\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("children");
    }

    @Test
    void theRulesOfOpenResponsesAndScenariosAnswer400WithFieldPaths() {
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"OPEN_RESPONSE\",\"stem\":\"Why?\","
                + "\"openResponseKind\":\"ESSAY\",\"points\":4,\"maxResponseLength\":20001,\"options\":[{\"id\":\"A\","
                + "\"text\":\"a\"}],\"answer\":{\"referenceAnswer\":\"" + "r".repeat(10_001) + "\",\"rubric\":"
                + "[{\"criterion\":\"c\",\"points\":3}]}}"), HttpStatus.BAD_REQUEST)))
                .containsExactlyInAnyOrder("maxResponseLength", "options", "answer.referenceAnswer", "answer.rubric");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"stem\":\"Case\",\"points\":9,"
                + "\"answer\":{\"value\":true},\"children\":[{\"type\":\"TRUE_FALSE\",\"stem\":\"t\",\"answer\":"
                + "{\"value\":true},\"tags\":[\"topic:x\"]},{\"type\":\"SINGLE_CHOICE\",\"stem\":\"s\",\"options\":"
                + "[{\"id\":\"A\",\"text\":\"a\"},{\"id\":\"B\",\"text\":\"b\"}],\"answer\":{\"optionIds\":[\"C\"]}},"
                + "{\"type\":\"SCENARIO\",\"stem\":\"nested\"}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactlyInAnyOrder("answer", "children[0].tags", "children[1].answer.optionIds[0]",
                        "children[2].type");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"stem\":\"Case\",\"points\":3,"
                + "\"children\":[{\"type\":\"TRUE_FALSE\",\"stem\":\"t\",\"answer\":{\"value\":true}}]}"),
                HttpStatus.BAD_REQUEST))).containsExactly("points");
    }

    @Test
    void wrongTypesInsideScenariosAndOpenResponsesAnswer400NamingThePath() {
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"OPEN_RESPONSE\",\"openResponseKind\":\"POEM\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("openResponseKind");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"children\":"
                + "[{\"type\":\"TRUE_FALSE\"},{\"points\":\"many\"}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("children[1].points");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"OPEN_RESPONSE\",\"answer\":"
                + "{\"rubric\":[{\"criterion\":\"c\",\"points\":[1]}]}}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("answer.rubric[0].points");
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"children\":{}}"),
                HttpStatus.BAD_REQUEST))).containsExactly("children");
        problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"children\":[{\"type\":"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void textAndCountLimitsAnswer400() {
        List<Map<String, String>> options = new ArrayList<>();
        for (char id = 'A'; id <= 'K'; id++) {
            options.add(Map.of("id", String.valueOf(id), "text", "option " + id));
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("topic:t" + i);
        }
        JsonNode problem = problem(api.post("/api/questions", Api.json(Map.of("type", "MULTIPLE_CHOICE",
                "stem", "s".repeat(4001), "options", options, "answer", Map.of("optionIds", List.of("A")),
                "explanation", "e".repeat(4001), "tags", tags))), HttpStatus.BAD_REQUEST);
        assertThat(errorFields(problem)).containsExactlyInAnyOrder("stem", "options", "explanation", "tags");
    }

    /** PostgreSQL cannot store U+0000: such text is refused up front instead of failing in the database (a 500). */
    @Test
    void nulCharactersAnswer400() {
        assertThat(errorFields(problem(api.post("/api/questions", "{\"type\":\"SCENARIO\",\"stem\":\"a\\u0000b\","
                + "\"children\":[{\"type\":\"OPEN_RESPONSE\",\"openResponseKind\":\"ESSAY\",\"stem\":\"s\","
                + "\"answer\":{\"referenceAnswer\":\"r\\u0000\"}}]}"), HttpStatus.BAD_REQUEST)))
                .containsExactlyInAnyOrder("stem", "children[0].answer.referenceAnswer");
        assertThat(errorFields(problem(api.get("/api/questions?q=a\u0000b"), HttpStatus.BAD_REQUEST)))
                .containsExactly("q");
        assertThat(errorFields(problem(api.get("/api/questions?tag=topic:a\u0000b"), HttpStatus.BAD_REQUEST)))
                .containsExactly("tag");
        assertThat(errorFields(problem(api.post("/api/exams", "{\"title\":\"a\\u0000\",\"timeLimitMinutes\":5,"
                + "\"passPercent\":5,\"sections\":[{\"title\":\"s\",\"questionIds\":[\"x\\u0000\"]}]}"),
                HttpStatus.BAD_REQUEST))).containsExactlyInAnyOrder("title", "sections[0].questionIds[0]");
    }

    @Test
    void theHistoryIsForAuthorsOfKnownQuestions() {
        String id = Questions.create(api, Questions.trueFalse("history", true));
        for (String token : new String[] {TestTokens.candidate("c-1"), TestTokens.proctor(), TestTokens.auditor()}) {
            problem(api.call(HttpMethod.GET, "/api/questions/" + id + "/history", token, null), HttpStatus.FORBIDDEN);
        }
        problem(api.call(HttpMethod.GET, "/api/questions/" + id + "/history", null, null), HttpStatus.UNAUTHORIZED);
        problem(api.get("/api/questions/" + UUID.randomUUID() + "/history"), HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/questions/" + id + "/history", HttpStatus.OK).path("versions")).hasSize(1);
    }

    @Test
    void unknownQuestionsAnswer404() {
        String unknown = UUID.randomUUID().toString();
        problem(api.get("/api/questions/" + unknown), HttpStatus.NOT_FOUND);
        problem(api.put("/api/questions/" + unknown, Questions.singleChoice("s", "A")), HttpStatus.NOT_FOUND);
        problem(api.post("/api/questions/" + unknown + "/publish", null), HttpStatus.NOT_FOUND);
        problem(api.post("/api/questions/" + unknown + "/retire", null), HttpStatus.NOT_FOUND);
        problem(api.post("/api/questions/" + unknown + "/answer-key-corrections",
                "{\"answer\":{\"optionIds\":[\"A\"]},\"reason\":\"r\"}"), HttpStatus.NOT_FOUND);
    }

    @Test
    void badListParametersAnswer400() {
        assertThat(errorFields(problem(api.get("/api/questions?page=-1"), HttpStatus.BAD_REQUEST))).containsExactly("page");
        assertThat(errorFields(problem(api.get("/api/questions?size=0"), HttpStatus.BAD_REQUEST))).containsExactly("size");
        assertThat(errorFields(problem(api.get("/api/exams?size=101"), HttpStatus.BAD_REQUEST))).containsExactly("size");
        assertThat(errorFields(problem(api.get("/api/questions?page=first"), HttpStatus.BAD_REQUEST))).containsExactly("page");
        assertThat(errorFields(problem(api.get("/api/questions?type=ESSAY"), HttpStatus.BAD_REQUEST))).containsExactly("type");
        assertThat(errorFields(problem(api.get("/api/exams?status=OPEN"), HttpStatus.BAD_REQUEST))).containsExactly("status");
        assertThat(errorFields(problem(api.get("/api/questions/" + UUID.randomUUID() + "?version=one"),
                HttpStatus.BAD_REQUEST))).containsExactly("version");
    }
}
