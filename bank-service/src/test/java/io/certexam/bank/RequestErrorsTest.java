package io.certexam.bank;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Bad requests of every kind get a precise 4xx problem+json, never a 500. */
@ServiceIntegrationTest
class RequestErrorsTest {

    @Autowired
    TestRestTemplate http;

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
    void typesOfLaterIssuesAnswer400NotSupportedYet() {
        for (String type : new String[] {"OPEN_RESPONSE", "SCENARIO"}) {
            JsonNode problem = problem(api.post("/api/questions", "{\"type\":\"" + type + "\",\"stem\":\"Explain.\"}"),
                    HttpStatus.BAD_REQUEST);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("type");
            assertThat(problem.path("errors").get(0).path("message").asText()).contains("not supported yet");
        }
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
