package io.certexam.bank.question;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class QuestionApiTest {

    @Autowired
    TestRestTemplate http;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(http);
    }

    @Test
    void aCreatedQuestionIsADraftReadableAtOnce() {
        ResponseEntity<JsonNode> created = api.post("/api/questions", Questions.singleChoice("Returns first step?", "B",
                "module:after-sales", "topic:returns"));

        JsonNode body = Api.expect(created, HttpStatus.CREATED);
        String id = body.path("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.getHeaders().getLocation()).isNotNull();
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/questions/" + id);

        JsonNode question = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(question.path("id").asText()).isEqualTo(id);
        assertThat(question.path("version").asInt()).isEqualTo(1);
        assertThat(question.path("status").asText()).isEqualTo("DRAFT");
        assertThat(question.path("type").asText()).isEqualTo("SINGLE_CHOICE");
        assertThat(question.path("stem").asText()).isEqualTo("Returns first step?");
        assertThat(question.path("options")).hasSize(3);
        assertThat(question.path("answer").path("optionIds").get(0).asText()).isEqualTo("B");
        assertThat(question.path("points").decimalValue()).isEqualByComparingTo("2");
        assertThat(question.path("explanation").asText()).isEqualTo("explained: Returns first step?");
        assertThat(question.path("language").asText()).isEqualTo("zh");
        assertThat(question.path("tags").toString()).isEqualTo("[\"module:after-sales\",\"topic:returns\"]");
        assertThat(question.path("publishedVersion").isNull()).isTrue();
        assertThat(question.path("versions")).hasSize(1);
        assertThat(question.path("versions").get(0).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aDraftIsRevisedInPlace() {
        String id = Questions.create(api, Questions.singleChoice("first wording", "A"));

        JsonNode revised = Api.expect(api.put("/api/questions/" + id, Questions.singleChoice("second wording", "C")),
                HttpStatus.OK);

        assertThat(revised.path("id").asText()).isEqualTo(id);
        assertThat(revised.path("version").asInt()).isEqualTo(1);
        assertThat(revised.path("status").asText()).isEqualTo("DRAFT");
        JsonNode question = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(question.path("stem").asText()).isEqualTo("second wording");
        assertThat(question.path("answer").path("optionIds").get(0).asText()).isEqualTo("C");
        assertThat(question.path("versions")).hasSize(1);
    }

    @Test
    void publishingFreezesAVersionAndRevisingMakesTheNextOne() {
        String id = Questions.create(api, Questions.singleChoice("v1 wording", "A"));

        JsonNode published = api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        assertThat(published.path("version").asInt()).isEqualTo(1);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");

        JsonNode again = problem(api.post("/api/questions/" + id + "/publish", null), HttpStatus.CONFLICT);
        assertThat(again.path("code").asText()).isEqualTo("question-already-published");

        JsonNode revised = Api.expect(api.put("/api/questions/" + id, Questions.singleChoice("v2 wording", "B")),
                HttpStatus.OK);
        assertThat(revised.path("version").asInt()).isEqualTo(2);
        assertThat(revised.path("status").asText()).isEqualTo("DRAFT");

        JsonNode latest = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(latest.path("version").asInt()).isEqualTo(2);
        assertThat(latest.path("status").asText()).isEqualTo("DRAFT");
        assertThat(latest.path("stem").asText()).isEqualTo("v2 wording");
        assertThat(latest.path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(latest.path("versions").toString())
                .contains("\"version\":1,\"status\":\"PUBLISHED\"")
                .contains("\"version\":2,\"status\":\"DRAFT\"");

        JsonNode first = api.get("/api/questions/" + id + "?version=1", HttpStatus.OK);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(first.path("stem").asText()).isEqualTo("v1 wording");
        assertThat(first.path("answer").path("optionIds").get(0).asText()).isEqualTo("A");
        assertThat(first.path("publishedAt").isNull()).isFalse();

        JsonNode second = api.post("/api/questions/" + id + "/publish", null, HttpStatus.OK);
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/questions/" + id, HttpStatus.OK).path("publishedVersion").asInt()).isEqualTo(2);
    }

    @Test
    void revisingWithTheSameContentMakesNoNewVersion() {
        String body = Questions.singleChoice("stable wording", "A");
        String id = Questions.createPublished(api, body);

        JsonNode revised = Api.expect(api.put("/api/questions/" + id, body), HttpStatus.OK);

        assertThat(revised.path("version").asInt()).isEqualTo(1);
        assertThat(revised.path("status").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        String id = Questions.create(api, Questions.singleChoice("one version", "A"));

        problem(api.get("/api/questions/" + id + "?version=2"), HttpStatus.NOT_FOUND);
    }

    @Test
    void listsFilterByTypeTagsAndStatusAndPage() {
        String run = "run:" + UUID.randomUUID();
        String draft = Questions.create(api, Questions.singleChoice("draft one", "A", run, "topic:a"));
        String published = Questions.createPublished(api, Questions.singleChoice("published one", "A", run, "topic:b"));
        String trueFalse = Questions.createPublished(api, Questions.trueFalse("true or false", true, run, "topic:a"));

        assertThat(ids(api.get("/api/questions?tag=" + run, HttpStatus.OK)))
                .containsExactlyInAnyOrder(draft, published, trueFalse);
        assertThat(ids(api.get("/api/questions?tag=" + run + "&tag=topic:a", HttpStatus.OK)))
                .containsExactlyInAnyOrder(draft, trueFalse);
        assertThat(ids(api.get("/api/questions?tag=" + run + "&type=SINGLE_CHOICE", HttpStatus.OK)))
                .containsExactlyInAnyOrder(draft, published);
        assertThat(ids(api.get("/api/questions?tag=" + run + "&status=PUBLISHED", HttpStatus.OK)))
                .containsExactlyInAnyOrder(published, trueFalse);
        assertThat(ids(api.get("/api/questions?tag=" + run + "&status=DRAFT&type=SINGLE_CHOICE", HttpStatus.OK)))
                .containsExactly(draft);

        JsonNode firstPage = api.get("/api/questions?tag=" + run + "&page=0&size=2", HttpStatus.OK);
        JsonNode secondPage = api.get("/api/questions?tag=" + run + "&page=1&size=2", HttpStatus.OK);
        assertThat(firstPage.path("total").asLong()).isEqualTo(3);
        assertThat(firstPage.path("page").asInt()).isZero();
        assertThat(firstPage.path("size").asInt()).isEqualTo(2);
        assertThat(ids(firstPage)).hasSize(2);
        assertThat(ids(secondPage)).hasSize(1);
        List<String> all = new ArrayList<>(ids(firstPage));
        all.addAll(ids(secondPage));
        assertThat(all).containsExactlyInAnyOrder(draft, published, trueFalse);
        JsonNode item = firstPage.path("items").get(0);
        assertThat(item.has("stem")).isTrue();
        assertThat(item.has("answer")).isFalse();
    }

    @Test
    void theKeyOfThePublishedVersionIsCorrected() {
        String id = Questions.createPublished(api, Questions.singleChoice("miskeyed", "A"));

        ResponseEntity<JsonNode> accepted = api.post("/api/questions/" + id + "/answer-key-corrections",
                "{\"answer\":{\"optionIds\":[\"C\"]},\"reason\":\"C is right\"}");

        JsonNode body = Api.expect(accepted, HttpStatus.ACCEPTED);
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("keyRevision").asInt()).isEqualTo(1);
        JsonNode question = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(question.path("answer").path("optionIds").get(0).asText()).isEqualTo("C");
        assertThat(question.path("keyRevision").asInt()).isEqualTo(1);
        assertThat(question.path("status").asText()).isEqualTo("PUBLISHED");

        JsonNode second = api.post("/api/questions/" + id + "/answer-key-corrections",
                "{\"answer\":{\"optionIds\":[\"B\"]},\"reason\":\"no, B\"}", HttpStatus.ACCEPTED);
        assertThat(second.path("keyRevision").asInt()).isEqualTo(2);
    }

    @Test
    void aKeyCorrectionNeedsAReasonAndADifferentValidKey() {
        String id = Questions.createPublished(api, Questions.singleChoice("keyed", "A"));
        String path = "/api/questions/" + id + "/answer-key-corrections";

        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"optionIds\":[\"B\"]}}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("reason");
        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"optionIds\":[\"A\"]},\"reason\":\"same\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("answer");
        assertThat(errorFields(problem(api.post(path, "{\"answer\":{\"optionIds\":[\"Z\"]},\"reason\":\"x\"}"),
                HttpStatus.BAD_REQUEST))).containsExactly("answer.optionIds[0]");
        assertThat(errorFields(problem(api.post(path, "{\"reason\":\"x\"}"), HttpStatus.BAD_REQUEST)))
                .containsExactly("answer");
        assertThat(api.get("/api/questions/" + id, HttpStatus.OK).path("keyRevision").asInt()).isZero();
    }

    @Test
    void aDraftOnlyQuestionHasNoKeyToCorrect() {
        String id = Questions.create(api, Questions.singleChoice("still a draft", "A"));

        JsonNode conflict = problem(api.post("/api/questions/" + id + "/answer-key-corrections",
                "{\"answer\":{\"optionIds\":[\"B\"]},\"reason\":\"x\"}"), HttpStatus.CONFLICT);

        assertThat(conflict.path("code").asText()).isEqualTo("question-not-published");
    }

    @Test
    void aRetiredQuestionStaysReadableButCannotChange() {
        String id = Questions.createPublished(api, Questions.singleChoice("old news", "A"));

        JsonNode retired = api.post("/api/questions/" + id + "/retire", null, HttpStatus.OK);
        assertThat(retired.path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.path("version").asInt()).isEqualTo(1);

        JsonNode question = api.get("/api/questions/" + id, HttpStatus.OK);
        assertThat(question.path("status").asText()).isEqualTo("RETIRED");
        assertThat(question.path("stem").asText()).isEqualTo("old news");
        JsonNode conflict = problem(api.put("/api/questions/" + id, Questions.singleChoice("new news", "A")),
                HttpStatus.CONFLICT);
        assertThat(conflict.path("code").asText()).isEqualTo("question-retired");
        problem(api.post("/api/questions/" + id + "/retire", null), HttpStatus.CONFLICT);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
