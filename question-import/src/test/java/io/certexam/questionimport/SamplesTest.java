package io.certexam.questionimport;

import io.certexam.questionimport.ImportMessage.Level;
import io.certexam.questionimport.text.TextQuestionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real documents in ../shared/samples (not ours to ship, so not copied into the module): each must yield
 * exactly what its README counts by hand. Skipped when the folder is absent; CI has it.
 */
class SamplesTest {

    private static final Pattern PINYIN_DEBRIS =
            Pattern.compile("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
    private static final Pattern BOILERPLATE = Pattern.compile("温馨提示|溫馨提示|评论|評論|版权|版權|本站|Copyright");

    private static Path samples;

    @BeforeAll
    static void locateSamples() {
        String configured = System.getenv("CERTEXAM_SAMPLES");
        samples = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "samples");
        assumeTrue(Files.isDirectory(samples), "no samples at " + samples.toAbsolutePath());
    }

    @Test
    void sample000_traditionalCompilationWithAnswersInTheExplanation() {
        ImportDocument doc = importSample("000_ee65ff8115040f27.txt");

        assertThat(doc.questions()).hasSize(9);
        assertThat(doc.questions()).extracting(ImportedQuestion::type).containsExactly(
                "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "MULTIPLE_CHOICE",
                "OPEN_RESPONSE", "OPEN_RESPONSE", "OPEN_RESPONSE");
        // "解析:答案為C。…": the key comes out of the explanation, which keeps the rest
        assertThat(doc.questions().subList(0, 6)).extracting(q -> String.join("", q.answer().optionIds()))
                .containsExactly("C", "ABC", "B", "A", "C", "AB");
        assertThat(doc.questions().subList(0, 6)).allSatisfy(q -> {
            assertThat(q.options()).extracting(ImportedOption::id).containsExactly("A", "B", "C", "D");
            assertThat(q.explanation()).isNotBlank().doesNotStartWith("答案");
        });
        // the three scenario cases answered in free text (解題思路) are open CASE_ANALYSIS questions
        assertThat(doc.questions().subList(6, 9)).allSatisfy(q -> {
            assertThat(q.openResponseKind()).isEqualTo("CASE_ANALYSIS");
            assertThat(q.answer().referenceAnswer()).isNotBlank();
        });
        assertThat(doc.questions().get(0).stem()).isEqualTo("新零售模式下,客戶服務的核心目標不包括以下哪項?");
        assertThat(doc.questions().get(6).answer().referenceAnswer()).startsWith("確認訂單歸屬");
        assertThat(errors(doc)).isEmpty();
    }

    @Test
    void sample001_twoPapersAmongArticles_countsAsTheReadmeStatesThenDuplicatesSkipped() {
        String name = "001_37cadcef1d5464bd.txt";
        // everything the page holds, before duplicates are skipped: paper A on line 46, paper B on line 52
        ImportDocument all = TextQuestionReader.read(read(name), name);
        List<ImportedQuestion> paperA = onLine(all.questions(), 46);
        List<ImportedQuestion> paperB = onLine(all.questions(), 52);
        assertThat(all.questions()).hasSize(87);
        assertThat(count(paperA, "SINGLE_CHOICE")).isEqualTo(21);
        assertThat(count(paperA, "MULTIPLE_CHOICE")).isEqualTo(10);
        assertThat(count(paperA, "TRUE_FALSE")).isEqualTo(20);
        assertThat(count(paperA, "SCENARIO")).isEqualTo(1);
        ImportedQuestion scenario = paperA.stream().filter(q -> q.type().equals("SCENARIO")).findFirst().orElseThrow();
        assertThat(scenario.children()).hasSize(4).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo("SINGLE_CHOICE");
            assertThat(c.points()).isEqualByComparingTo("1.25"); // [情景题 - 5分] shared by 4 sub-questions
        });
        assertThat(scenario.children()).extracting(c -> c.answer().optionIds().get(0)).containsExactly("B", "C", "D", "C");
        assertThat(count(paperB, "SINGLE_CHOICE")).isEqualTo(25);
        assertThat(count(paperB, "MULTIPLE_CHOICE")).isEqualTo(10);
        assertThat(paperA).filteredOn(q -> q.type().equals("SINGLE_CHOICE"))
                .allSatisfy(q -> assertThat(q.points()).isEqualByComparingTo("2"));
        assertThat(paperA).filteredOn(q -> q.type().equals("TRUE_FALSE"))
                .allSatisfy(q -> assertThat(q.points()).isEqualByComparingTo("1"))
                .extracting(q -> q.answer().value())
                .containsExactly(false, true, false, true, false, false, true, true, false, false,
                        true, true, false, true, true, true, false, true, false, true);

        // imported: 30 of the 87 repeat an earlier question and are skipped with a message naming its line.
        // Paper A repeats one of its own (单选 13 = 单选 4, 买家办理退货后…); paper B repeats paper A in 21 of its
        // 25 single-choice questions (its 13 and 24 both being 买家办理退货后… again) and in 8 of its 10
        // multiple-choice ones (its 7 and 9 are worded differently). Created: 51 from A, 6 from B.
        ImportDocument imported = TextImporter.parse(read(name).getBytes(StandardCharsets.UTF_8), name);
        assertThat(imported.questions()).hasSize(57);
        assertThat(imported.duplicatesSkipped()).isEqualTo(30);
        List<ImportedQuestion> createdA = onLine(imported.questions(), 46);
        List<ImportedQuestion> createdB = onLine(imported.questions(), 52);
        assertThat(List.of(count(createdA, "SINGLE_CHOICE"), count(createdA, "MULTIPLE_CHOICE"),
                count(createdA, "TRUE_FALSE"), count(createdA, "SCENARIO"))).containsExactly(20L, 10L, 20L, 1L);
        assertThat(List.of(count(createdB, "SINGLE_CHOICE"), count(createdB, "MULTIPLE_CHOICE"))).containsExactly(4L, 2L);
        assertThat(imported.messages()).filteredOn(ImportMessage::isDuplicateNotice)
                .allSatisfy(m -> assertThat(m.text()).endsWith("the one on line 46"))
                .filteredOn(m -> m.text().contains("买家办理退货后"))
                .extracting(ImportMessage::line).containsExactly(46, 52, 52);
        // paper B's multiple-choice 7 lost its options B and D in the copy ("B。客服解释…"): kept, but flagged
        assertThat(errors(imported)).extracting(ImportMessage::line).containsOnly(52);
        assertThat(errors(imported)).anySatisfy(m -> assertThat(m.text()).contains("not among the options"));
    }

    @Test
    void sample002_aHandoutYieldsNoQuestions() {
        ImportDocument doc = importSample("002_f31952849dd7fd9f.txt");

        assertThat(doc.questions()).isEmpty();
        assertThat(doc.messages()).singleElement().satisfies(m -> {
            assertThat(m.level()).isEqualTo(Level.WARNING);
            assertThat(m.text()).startsWith("no questions found");
        });
    }

    @Test
    void sample003_openResponsePaper() {
        ImportDocument doc = importSample("003_d67cd8ea91bd0141.txt");

        assertThat(doc.questions()).hasSize(21).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo("OPEN_RESPONSE");
            assertThat(q.answer().referenceAnswer()).isNotBlank();
        });
        assertThat(doc.questions()).extracting(ImportedQuestion::openResponseKind).containsExactly(
                "TERM_DEFINITION", "TERM_DEFINITION", "TERM_DEFINITION", "TERM_DEFINITION", "TERM_DEFINITION",
                "TERM_DEFINITION", "SHORT_ANSWER", "SHORT_ANSWER", "SHORT_ANSWER", "SHORT_ANSWER", "SHORT_ANSWER",
                "SHORT_ANSWER", "ESSAY", "ESSAY", "SHORT_ANSWER", "SHORT_ANSWER", "SHORT_ANSWER", "SHORT_ANSWER",
                "SHORT_ANSWER", "SHORT_ANSWER", "ESSAY");
        assertThat(doc.questions().get(0).stem()).isEqualTo("售后服务");
        assertThat(doc.questions().get(0).answer().referenceAnswer())
                .isEqualTo("售后服务是指商品或服务销售后,为消费者提供的一系列服务活动。");
        // the last essay is cut off by the page: kept, with a warning, and without the page's "文档评论(0)"
        ImportedQuestion last = doc.questions().get(20);
        assertThat(last.answer().referenceAnswer()).endsWith("实施差异化服务响应");
        assertThat(doc.messages()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(last.line());
            assertThat(m.text()).contains("cut off");
        });
    }

    @Test
    void noSampleLeavesPinyinDebrisOrBoilerplateInAQuestion() throws IOException {
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(texts).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : texts) {
                String name = file.getFileName().toString();
                for (ImportedQuestion q : TextQuestionReader.read(read(name), name).questions()) {
                    for (String text : texts(q)) {
                        assertThat(PINYIN_DEBRIS.matcher(text).find()).as("pinyin debris in %s: %s", name, text).isFalse();
                    }
                    assertThat(BOILERPLATE.matcher(q.stem()).find()).as("boilerplate in %s: %s", name, q.stem()).isFalse();
                    q.options().forEach(o -> assertThat(BOILERPLATE.matcher(o.text()).find()).isFalse());
                }
            }
        }
    }

    private static List<String> texts(ImportedQuestion q) {
        List<String> texts = new ArrayList<>();
        texts.add(q.stem());
        q.options().forEach(o -> texts.add(o.text()));
        if (q.explanation() != null) {
            texts.add(q.explanation());
        }
        if (q.answer().referenceAnswer() != null) {
            texts.add(q.answer().referenceAnswer());
        }
        q.children().forEach(c -> texts.addAll(texts(c)));
        return texts;
    }

    private static ImportDocument importSample(String name) {
        return TextImporter.parse(read(name).getBytes(StandardCharsets.UTF_8), name);
    }

    private static String read(String name) {
        try {
            return Files.readString(samples.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ImportedQuestion> onLine(List<ImportedQuestion> questions, int line) {
        return questions.stream().filter(q -> q.line() == line).toList();
    }

    private static long count(List<ImportedQuestion> questions, String type) {
        return questions.stream().filter(q -> q.type().equals(type)).count();
    }

    private static List<ImportMessage> errors(ImportDocument doc) {
        Predicate<ImportMessage> error = m -> m.level() == Level.ERROR;
        return doc.messages().stream().filter(error).toList();
    }
}
