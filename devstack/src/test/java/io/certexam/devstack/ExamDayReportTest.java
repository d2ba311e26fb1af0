package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExamDayReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void settingsComeFromTheEnvironmentWithDefaults() {
        assertThat(ExamDay.Settings.fromEnvironment(Map.of())).isEqualTo(new ExamDay.Settings(300, 8, 42));
        assertThat(ExamDay.Settings.fromEnvironment(Map.of("DEMO_CANDIDATES", " 40 ", "DEMO_THREADS", "2", "DEMO_SEED", "-5")))
                .isEqualTo(new ExamDay.Settings(40, 2, -5));
        assertThat(ExamDay.Settings.fromEnvironment(Map.of("DEMO_CANDIDATES", "0")).candidates()).isZero();
        assertThatThrownBy(() -> ExamDay.Settings.fromEnvironment(Map.of("DEMO_CANDIDATES", "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEMO_CANDIDATES");
        assertThatThrownBy(() -> ExamDay.Settings.fromEnvironment(Map.of("DEMO_THREADS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEMO_THREADS");
    }

    @Test
    void countsSubmittedFinalResultsAndFindsACertificate() throws Exception {
        JsonNode results = JSON.readTree("""
                {"results":[
                  {"status":"SUBMITTED","resultStatus":"FINAL","certificateId":null,"certificateStatus":null},
                  {"status":"IN_PROGRESS","resultStatus":"FINAL","certificateId":null,"certificateStatus":null},
                  {"status":"SUBMITTED","resultStatus":"FINAL","certificateId":"c-1","certificateStatus":"VALID"},
                  {"status":"SUBMITTED","resultStatus":"FINAL","certificateId":"c-2","certificateStatus":"REVOKED"},
                  {"status":"SUBMITTED","resultStatus":null}]}""");

        assertThat(ExamDayReport.submittedAndFinal(results)).isEqualTo(3);
        assertThat(ExamDayReport.someValidCertificate(results)).isEqualTo("c-1");
        assertThat(ExamDayReport.certificates(results, null)).contains("== Certificates: 1 valid, 1 revoked");
    }

    @Test
    void flaggedItemsAreShownWithTheirStemAndDistractors() throws Exception {
        JsonNode items = JSON.readTree("""
                {"attempts":300,"reliability":{"cronbachAlpha":0.61,"kr20":0.61,"sem":2.5},
                 "items":[{"questionId":"q1","facility":0.9,"discrimination":0.2,"flags":[]},
                          {"questionId":"q2","facility":0.1,"discrimination":-0.3,"pointBiserial":-0.2,
                           "distractors":[{"optionId":"B","key":false,"share":0.7,"shareTop":0.95,"shareBottom":0.3},
                                          {"optionId":"C","key":true,"share":0.1,"shareTop":0.01,"shareBottom":0.25}],
                           "flags":["LIKELY_MISKEY"]}]}""");

        List<String> lines = ExamDayReport.items(items, Map.of("q2", "处理投诉时，店员对顾客作出的承诺应当符合哪一项要求？"));

        assertThat(String.join("\n", lines))
                .contains("2 items over 300 attempts; Cronbach's alpha 0.61")
                .contains("LIKELY_MISKEY  facility 0.1, discrimination -0.3")
                .contains("处理投诉时")
                .contains("option B       chosen by 70.0% overall, 95.0% of the top group, 30.0% of the bottom group")
                .contains("option C (key) chosen by 10.0% overall");
        assertThat(lines).noneMatch(line -> line.contains("q1"));
    }

    @Test
    void rollupsPrintAsATreeWithModuleRates() throws Exception {
        Map<String, JsonNode> rollups = new LinkedHashMap<>();
        rollups.put("", JSON.readTree("""
                {"total":{"candidates":3,"certifiedNow":2,"passRate":0.6667,"meanPercent":70.0,
                          "tags":[{"name":"module:after-sales","rate":0.5},{"name":"topic:returns","rate":0.4}]},
                 "units":[{"orgUnit":"chain-a","candidates":3,"certifiedNow":2,"passRate":0.6667,"meanPercent":70.0,
                           "tags":[{"name":"module:after-sales","rate":0.5}]}]}"""));
        rollups.put("chain-a", JSON.readTree("""
                {"units":[{"orgUnit":"chain-a/east","candidates":3,"certifiedNow":2,"passRate":0.6667,"meanPercent":70.0,
                           "tags":[{"name":"module:after-sales","rate":0.5}]}]}"""));

        List<String> lines = ExamDayReport.rollups(rollups);

        assertThat(lines.get(2)).contains("org unit").contains("after-sales").doesNotContain("returns");
        assertThat(lines.get(3)).startsWith("  (all)").contains("66.7%").contains("70.0%").endsWith("50.0%");
        assertThat(lines.get(4)).startsWith("    chain-a ");
        assertThat(lines.get(5)).startsWith("      chain-a/east ");
    }

    @Test
    void urlsUseTheAdminTokenAndThePublicVerification() {
        List<String> lines = ExamDayReport.urls("exam-9", "cert-1");

        assertThat(lines).anyMatch(l -> l.contains("EXAM=exam-9"));
        assertThat(lines).filteredOn(l -> l.contains("/api/reports/")).allMatch(l -> l.contains("Bearer $ADMIN_TOKEN"));
        assertThat(lines).anyMatch(l -> l.contains("format=csv")).anyMatch(l -> l.contains("format=xlsx"));
        assertThat(lines).anyMatch(l -> l.contains("/api/certificates/cert-1/verification") && !l.contains("Bearer"));
        assertThat(ExamDayReport.urls("exam-9", null)).anyMatch(l -> l.contains("$CERT/verification"));
    }
}
