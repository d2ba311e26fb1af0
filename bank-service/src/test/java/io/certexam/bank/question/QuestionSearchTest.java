package io.certexam.bank.question;

import static io.certexam.bank.Api.errorFields;
import static io.certexam.bank.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.testsupport.ServiceIntegrationTest;

/** Listing with text search, tags, type and status, page by page. */
@ServiceIntegrationTest
class QuestionSearchTest {

    @Autowired
    TestRestTemplate http;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(http);
    }

    /** A fresh tag per test keeps the other tests' questions out of the results. */
    static String run() {
        return "run:" + UUID.randomUUID();
    }

    JsonNode search(String query) {
        return api.get("/api/questions?" + query, HttpStatus.OK);
    }

    /** The test client encodes the query itself (URI component encoding), so the text goes in as typed. */
    static String q(String text) {
        return "q=" + text;
    }

    @Test
    void textIsFoundInStemsAndOptionsIgnoringCase() {
        String run = run();
        String inStem = Questions.create(api, Questions.trueFalse("Is a REFUND always possible?", true, run));
        String inOption = Questions.create(api, Api.json(Map.of("type", "SINGLE_CHOICE", "stem", "Pick the policy",
                "options", List.of(Map.of("id", "A", "text", "Partial refund"), Map.of("id", "B", "text", "None")),
                "answer", Map.of("optionIds", List.of("A")), "tags", List.of(run))));
        String chinese = Questions.create(api, Questions.trueFalse("顾客退货时必须出示小票。", true, run));
        String elsewhere = Questions.create(api, Questions.openResponse("Describe an exchange.", "refund is not it", run));

        assertThat(ids(search("tag=" + run + "&" + q("refund")))).containsExactlyInAnyOrder(inStem, inOption);
        assertThat(ids(search("tag=" + run + "&" + q("ReFuNd")))).containsExactlyInAnyOrder(inStem, inOption);
        assertThat(ids(search("tag=" + run + "&" + q("退货")))).containsExactly(chinese);
        assertThat(ids(search("tag=" + run + "&" + q("exchange")))).containsExactly(elsewhere);
        assertThat(ids(search("tag=" + run + "&" + q("  partial refund ")))).containsExactly(inOption);
        assertThat(ids(search("tag=" + run + "&" + q("nowhere to be found")))).isEmpty();
        assertThat(ids(search("tag=" + run + "&q="))).hasSize(4);
    }

    @Test
    void aScenariosChildrenAreSearchedToo() {
        String run = run();
        String id = Questions.create(api, Questions.scenario("A delivery arrives broken.", run));

        assertThat(ids(search("tag=" + run + "&" + q("CHILD OPTION B")))).containsExactly(id);
        assertThat(ids(search("tag=" + run + "&" + q("child two")))).containsExactly(id);
    }

    @Test
    void wildcardsInTheTextAreMatchedLiterally() {
        String run = run();
        String percent = Questions.create(api, Questions.trueFalse("Is 100% cash back allowed?", true, run));
        String underscore = Questions.create(api, Questions.trueFalse("Is field store_id required?", true, run));
        Questions.create(api, Questions.trueFalse("Is 100 cash back allowed? storexid", true, run));

        assertThat(ids(search("tag=" + run + "&" + q("100%")))).containsExactly(percent);
        assertThat(ids(search("tag=" + run + "&" + q("store_id")))).containsExactly(underscore);
        assertThat(ids(search("tag=" + run + "&" + q("%")))).containsExactly(percent);
    }

    @Test
    void textCombinesWithTagsTypeAndStatus() {
        String run = run();
        String publishedChoice = Questions.createPublished(api, Questions.singleChoice("Loyalty card question", "A",
                run, "topic:loyalty"));
        String draftChoice = Questions.create(api, Questions.singleChoice("Another loyalty card question", "A", run));
        String publishedOpen = Questions.createPublished(api, Questions.openResponse("Explain loyalty points.", "x",
                run, "topic:loyalty"));
        String scenario = Questions.createPublished(api, Questions.scenario("Loyalty fraud case", run, "topic:loyalty"));

        assertThat(ids(search("tag=" + run + "&" + q("loyalty")))).hasSize(4);
        assertThat(ids(search("tag=" + run + "&tag=topic:loyalty&" + q("loyalty"))))
                .containsExactlyInAnyOrder(publishedChoice, publishedOpen, scenario);
        assertThat(ids(search("tag=" + run + "&type=OPEN_RESPONSE&" + q("loyalty")))).containsExactly(publishedOpen);
        assertThat(ids(search("tag=" + run + "&type=SCENARIO"))).containsExactly(scenario);
        assertThat(ids(search("tag=" + run + "&status=DRAFT&" + q("loyalty")))).containsExactly(draftChoice);
        assertThat(ids(search("tag=" + run + "&status=PUBLISHED&type=SINGLE_CHOICE&" + q("card"))))
                .containsExactly(publishedChoice);
    }

    @Test
    void pagesAreStableAndComplete() {
        String run = run();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Questions.create(api, Questions.trueFalse("Paged question " + i, true, run)));
        }

        List<String> all = new ArrayList<>();
        long total = -1;
        for (int page = 0; page < 3; page++) {
            JsonNode result = search("tag=" + run + "&" + q("paged") + "&size=2&page=" + page);
            total = result.path("total").asLong();
            all.addAll(ids(result));
        }

        assertThat(total).isEqualTo(5);
        assertThat(all).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        assertThat(ids(search("tag=" + run + "&" + q("paged") + "&size=200"))).isEqualTo(all);
        assertThat(ids(search("tag=" + run + "&" + q("paged") + "&size=2&page=0"))).isEqualTo(all.subList(0, 2));
    }

    @Test
    void badSearchParametersAnswer400() {
        assertThat(errorFields(problem(api.get("/api/questions?size=201"), HttpStatus.BAD_REQUEST)))
                .containsExactly("size");
        assertThat(errorFields(problem(api.get("/api/questions?" + q("x".repeat(201))), HttpStatus.BAD_REQUEST)))
                .containsExactly("q");
        assertThat(errorFields(problem(api.get("/api/questions?type=SCENARIOS"), HttpStatus.BAD_REQUEST)))
                .containsExactly("type");
        assertThat(errorFields(problem(api.get("/api/questions?status=GONE"), HttpStatus.BAD_REQUEST)))
                .containsExactly("status");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
