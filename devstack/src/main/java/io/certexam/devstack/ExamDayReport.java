package io.certexam.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns reporting-service's answers into the few lines a training manager reads after the demo exam day. */
final class ExamDayReport {

    private static final String REPORTING = "localhost:" + DevService.REPORTING.port();
    private static final String MODULE = "module:";

    private ExamDayReport() {
    }

    /** Attempts of the results report that reporting knows as submitted and whose current result is FINAL. */
    static long submittedAndFinal(JsonNode results) {
        long n = 0;
        for (JsonNode row : results.path("results")) {
            if ("SUBMITTED".equals(row.path("status").asText()) && "FINAL".equals(row.path("resultStatus").asText())) {
                n++;
            }
        }
        return n;
    }

    static String someValidCertificate(JsonNode results) {
        for (JsonNode row : results.path("results")) {
            if ("VALID".equals(row.path("certificateStatus").asText()) && row.hasNonNull("certificateId")) {
                return row.path("certificateId").asText();
            }
        }
        return null;
    }

    static List<String> summary(JsonNode summary) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("== Exam summary: " + summary.path("title").asText());
        lines.add(String.format(Locale.ROOT, "  %d attempts, %d graded, %d passed: pass rate %s", summary.path("attempts").asInt(),
                summary.path("graded").asInt(), summary.path("passed").asInt(), percent(summary.path("passRate"))));
        lines.add(String.format(Locale.ROOT, "  score in points: mean %s, median %s, sd %s, min %s, max %s; average duration %s s",
                text(summary.path("mean")), text(summary.path("median")), text(summary.path("stdDev")),
                text(summary.path("min")), text(summary.path("max")), text(summary.path("averageDurationSeconds"))));
        int widest = 0;
        for (JsonNode bin : summary.path("histogram")) {
            widest = Math.max(widest, bin.path("count").asInt());
        }
        for (JsonNode bin : summary.path("histogram")) {
            int count = bin.path("count").asInt();
            int bar = widest == 0 ? 0 : (int) Math.round(40.0 * count / widest);
            lines.add(String.format(Locale.ROOT, "  %5.0f–%3.0f %% %4d %s", bin.path("from").asDouble(), bin.path("to").asDouble(),
                    count, "#".repeat(bar)));
        }
        List<String> sections = new ArrayList<>();
        for (JsonNode section : summary.path("sections")) {
            sections.add(section.path("name").asText() + " " + percent(section.path("rate")));
        }
        if (!sections.isEmpty()) {
            lines.add("  sections (share of points): " + String.join(", ", sections));
        }
        return lines;
    }

    static List<String> items(JsonNode analysis, Map<String, String> stemsByItemId) {
        List<String> lines = new ArrayList<>();
        JsonNode reliability = analysis.path("reliability");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "== Item analysis: %d items over %d attempts; Cronbach's alpha %s (KR-20 %s), SEM %s points",
                analysis.path("items").size(), analysis.path("attempts").asInt(), text(reliability.path("cronbachAlpha")),
                text(reliability.path("kr20")), text(reliability.path("sem"))));
        int flagged = 0;
        for (JsonNode item : analysis.path("items")) {
            if (item.path("flags").size() == 0) {
                continue;
            }
            flagged++;
            List<String> flags = new ArrayList<>();
            item.path("flags").forEach(flag -> flags.add(flag.asText()));
            lines.add(String.format(Locale.ROOT, "  %s  facility %s, discrimination %s, point-biserial %s: %s",
                    String.join(",", flags), text(item.path("facility")), text(item.path("discrimination")),
                    text(item.path("pointBiserial")), abbreviate(stemsByItemId.getOrDefault(item.path("questionId").asText(),
                            "question " + item.path("questionId").asText()), 40)));
            for (JsonNode option : item.path("distractors")) {
                lines.add(String.format(Locale.ROOT, "      option %s%s chosen by %s overall, %s of the top group, %s of the bottom group",
                        option.path("optionId").asText(), option.path("key").asBoolean(false) ? " (key)" : "      ",
                        percent(option.path("share")), percent(option.path("shareTop")), percent(option.path("shareBottom"))));
            }
        }
        if (flagged == 0) {
            lines.add("  no item is flagged");
        }
        return lines;
    }

    /**
     * The org roll-ups as a tree (chains, regions, stores), each line with the share of points per {@code module:}
     * tag, so a weak topic in one store stands out. {@code rollupsByPrefix} maps a prefix ("" for the top) to the
     * roll-up reporting answered for it.
     */
    static List<String> rollups(Map<String, JsonNode> rollupsByPrefix) {
        List<String> lines = new ArrayList<>();
        JsonNode top = rollupsByPrefix.get("");
        if (top == null) {
            return lines;
        }
        TreeSet<String> modules = new TreeSet<>();
        for (JsonNode tag : top.path("total").path("tags")) {
            if (tag.path("name").asText().startsWith(MODULE)) {
                modules.add(tag.path("name").asText());
            }
        }
        lines.add("");
        lines.add("== Org roll-ups (share of points per module)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-28s %5s %5s %6s %6s", "org unit", "cand",
                "cert", "pass", "mean"));
        modules.forEach(m -> header.append(String.format(Locale.ROOT, " %12s", abbreviate(m.substring(MODULE.length()), 12))));
        lines.add(header.toString());
        lines.add(rollupLine("(all)", 0, top.path("total"), modules));
        addUnits(rollupsByPrefix, "", 1, modules, lines);
        return lines;
    }

    private static void addUnits(Map<String, JsonNode> rollupsByPrefix, String prefix, int depth, TreeSet<String> modules,
                                 List<String> lines) {
        JsonNode rollup = rollupsByPrefix.get(prefix);
        if (rollup == null) {
            return;
        }
        for (JsonNode unit : rollup.path("units")) {
            String name = unit.path("orgUnit").asText();
            lines.add(rollupLine(name, depth, unit, modules));
            if (!name.equals(prefix)) {
                addUnits(rollupsByPrefix, name, depth + 1, modules, lines);
            }
        }
    }

    private static String rollupLine(String name, int depth, JsonNode unit, TreeSet<String> modules) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s %5d %5d %6s %6s", "  ".repeat(depth) + name,
                unit.path("candidates").asInt(), unit.path("certifiedNow").asInt(), percent(unit.path("passRate")),
                unit.path("meanPercent").isNumber() ? String.format(Locale.ROOT, "%.1f%%", unit.path("meanPercent").asDouble()) : "-"));
        for (String module : modules) {
            JsonNode rate = null;
            for (JsonNode tag : unit.path("tags")) {
                if (tag.path("name").asText().equals(module)) {
                    rate = tag.path("rate");
                }
            }
            line.append(String.format(Locale.ROOT, " %12s", rate == null ? "-" : percent(rate)));
        }
        return line.toString();
    }

    static List<String> certificates(JsonNode results, JsonNode verification) {
        long valid = 0;
        long revoked = 0;
        for (JsonNode row : results.path("results")) {
            String status = row.path("certificateStatus").asText();
            if ("VALID".equals(status)) {
                valid++;
            } else if ("REVOKED".equals(status)) {
                revoked++;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("== Certificates: " + valid + " valid, " + revoked + " revoked");
        if (verification != null) {
            lines.add("  public verification of " + verification.path("certificateId").asText() + ": "
                    + verification.path("status").asText() + ", expires " + verification.path("expiresAt").asText()
                    + " (no candidate, store or score in it)");
        }
        return lines;
    }

    /** Copy-paste commands for the reports; {@code certificateId} may be null (then it is looked up with jq). */
    static List<String> urls(String examId, String certificateId) {
        String auth = "-H \"Authorization: Bearer $ADMIN_TOKEN\"";
        String reports = REPORTING + "/api/reports";
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("== Try it (from the project root)");
        lines.add("  source .devstack/tokens.env; EXAM=" + examId);
        lines.add("  curl -s " + reports + "/exams/$EXAM/summary " + auth + " | jq .");
        lines.add("  curl -s " + reports + "/exams/$EXAM/items " + auth + " | jq '.items[] | select(.flags | length > 0)'");
        lines.add("  curl -s '" + reports + "/org-units?examId='$EXAM " + auth + " | jq .");
        lines.add("  curl -s '" + reports + "/org-units?prefix=chain-a/east&examId='$EXAM " + auth + " | jq .");
        lines.add("  curl -s '" + reports + "/exams/'$EXAM'/results?format=csv' " + auth + " -o results.csv");
        lines.add("  curl -s '" + reports + "/org-units?examId='$EXAM'&format=xlsx' " + auth + " -o org-units.xlsx");
        lines.add("  curl -s '" + reports + "/exams/'$EXAM'/items?format=xlsx' " + auth + " -o items.xlsx");
        lines.add("  curl -s " + reports + "/candidates/demo-cand-0001/transcript " + auth + " | jq .");
        if (certificateId != null) {
            lines.add("  curl -s " + REPORTING + "/api/certificates/" + certificateId + "/verification | jq .   # public, no token");
        } else {
            lines.add("  CERT=$(curl -s " + reports + "/exams/$EXAM/results " + auth
                    + " | jq -r '[.results[] | select(.certificateStatus == \"VALID\")][0].certificateId')");
            lines.add("  curl -s " + REPORTING + "/api/certificates/$CERT/verification | jq .   # public, no token");
        }
        return lines;
    }

    static String percent(JsonNode fraction) {
        return fraction == null || !fraction.isNumber() ? "-"
                : String.format(Locale.ROOT, "%.1f%%", fraction.asDouble() * 100);
    }

    private static String text(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    static String abbreviate(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints - 1)) + "…";
    }
}
