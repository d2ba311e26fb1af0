package io.certexam.questionimport.text;

import io.certexam.questionimport.ImportMessage;
import io.certexam.questionimport.ImportedAnswer;
import io.certexam.questionimport.ImportedOption;
import io.certexam.questionimport.ImportedQuestion;
import io.certexam.questionimport.QuestionChecks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides what each raw item is and builds the question: its type (from its marker, its section, its options
 * and its key), its key (from {@code 答案}, the stem or a bracket), its points (marker, then section rule,
 * then 1), its reference answer and explanation, and its tags. Items that are not questions — numbered prose,
 * headings, lists — are dropped; in a section that announces questions that is reported, elsewhere it is
 * simply article text.
 */
final class QuestionAssembler {

    private static final BigDecimal DEFAULT_POINTS = BigDecimal.ONE;
    private static final Pattern SENTENCE_END = Pattern.compile("[。.!?！？;；…」”\"')）]\\s*$");
    private static final Pattern TRUE_WORDS = Pattern.compile("^(正确|对|√|是|true|t)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALSE_WORDS = Pattern.compile("^(错误|错|×|否|false|f)$", Pattern.CASE_INSENSITIVE);

    private final String sourceTag;
    private final List<ImportMessage> messages = new ArrayList<>();
    private final Map<RawSection, Integer> questionsPerSection = new IdentityHashMap<>();

    QuestionAssembler(String sourceName) {
        this.sourceTag = sourceName == null || sourceName.isBlank() ? null : tag("source", sourceName.strip());
    }

    List<ImportMessage> messages() {
        return messages;
    }

    List<ImportedQuestion> assemble(DocumentWalker.Result walk) {
        List<ImportedQuestion> questions = new ArrayList<>();
        for (RawItem item : walk.items()) {
            ImportedQuestion question = topLevel(item);
            if (question != null) {
                questions.add(question);
                for (RawSection s = item.section; s != null; s = s.parent) {
                    questionsPerSection.merge(s, 1, Integer::sum);
                }
                for (String problem : QuestionChecks.problems(question)) {
                    error(item, problem);
                }
            }
        }
        for (RawSection section : walk.sections()) {
            Integer promised = section.heading().promisedCount();
            int found = questionsPerSection.getOrDefault(section, 0);
            if (promised != null && promised != found) {
                messages.add(ImportMessage.warning(section.line, "section 「" + section.heading().title()
                        + "」 promises " + promised + " questions but holds " + found));
            }
        }
        return questions;
    }

    private ImportedQuestion topLevel(RawItem item) {
        QuestionKind sectionKind = item.section == null ? null : item.section.kind();
        BigDecimal sectionPoints = item.section == null ? null : item.section.pointsEach();
        StemReader.Stem stem = StemReader.read(item.stem);
        List<String> tags = new ArrayList<>();
        if (item.section != null && !item.section.moduleTitle().isEmpty()) {
            tags.add(tag("module", item.section.moduleTitle()));
        }
        if (stem.topic() != null) {
            tags.add(tag("topic", stem.topic()));
        }
        if (sourceTag != null) {
            tags.add(sourceTag);
        }
        if (!item.children.isEmpty()) {
            ImportedQuestion scenario = scenario(item, stem, stem.kind() != null ? stem.kind() : sectionKind,
                    sectionPoints, tags);
            if (scenario != null) {
                return scenario;
            }
        }
        BigDecimal points = firstNonNull(stem.points(), sectionPoints, DEFAULT_POINTS);
        QuestionKind kind = stem.kind() != null ? stem.kind() : sectionKind;
        return single(item, stem, kind, points, tags, kind != null);
    }

    /**
     * A case with sub-questions: points from its marker or section are shared out among the children, unless
     * the children state their own. Under a case, a sub-question without options is an open question.
     */
    private ImportedQuestion scenario(RawItem item, StemReader.Stem stem, QuestionKind kind, BigDecimal sectionPoints,
                                      List<String> tags) {
        List<ImportedQuestion> children = new ArrayList<>();
        List<Boolean> ownPoints = new ArrayList<>();
        for (RawItem raw : item.children) {
            StemReader.Stem childStem = StemReader.read(raw.stem);
            QuestionKind childKind = childStem.kind() != null ? childStem.kind()
                    : kind != null && kind.isCase() && raw.options.isEmpty() ? QuestionKind.SHORT_ANSWER : null;
            ImportedQuestion child = single(raw, childStem, childKind, childStem.points(), List.of(), true);
            if (child != null) {
                children.add(child);
                ownPoints.add(childStem.points() != null);
            }
        }
        if (children.isEmpty()) {
            return null;
        }
        BigDecimal total = firstNonNull(stem.points(), sectionPoints, null);
        List<BigDecimal> shares = total != null && !ownPoints.contains(true)
                ? share(total, children.size()) : null;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < children.size(); i++) {
            ImportedQuestion c = children.get(i);
            BigDecimal p = shares != null ? shares.get(i) : c.points() != null ? c.points() : DEFAULT_POINTS;
            children.set(i, withPoints(c, p));
            sum = sum.add(p);
        }
        if (total != null && shares == null && sum.compareTo(total) != 0) {
            warning(item, "the sub-questions' points add up to " + sum.toPlainString() + ", not the "
                    + total.toPlainString() + " the scenario is worth; using " + sum.toPlainString());
        }
        return new ImportedQuestion(item.line, ImportedQuestion.SCENARIO, stem.text(), List.of(), ImportedAnswer.none(),
                sum, null, null, children, blankToNull(TextCleaner.block(item.explanation)), tags, null,
                language(stem.text()));
    }

    /**
     * One question that is not a scenario, or null when the item is not a question. For a scenario's child,
     * {@code points} null means "decided by the scenario".
     */
    private ImportedQuestion single(RawItem item, StemReader.Stem stem, QuestionKind kind, BigDecimal points,
                                    List<String> tags, boolean expectQuestion) {
        if (kind == QuestionKind.FILL_IN_THE_BLANK) {
            warning(item, "fill-in-the-blank questions are not supported; skipped");
            return null;
        }
        if (!item.options.isEmpty()) {
            return kind == QuestionKind.TRUE_FALSE || optionsAreTrueFalse(item)
                    ? trueFalse(item, stem, points, tags)
                    : choice(item, stem, kind, points, tags);
        }
        if (kind == QuestionKind.TRUE_FALSE || hasTrueFalseKey(item, stem)) {
            return trueFalse(item, stem, points, tags);
        }
        boolean answered = !item.reference.toString().isBlank() || !item.answer.toString().isBlank();
        if (kind != null && (kind.isOpen() || kind.isCase()) || answered) {
            return open(item, stem, kind, points, tags);
        }
        if (kind != null && kind.isChoice() && expectQuestion) {
            warning(item, "numbered item without options or answer; not imported");
        }
        return null;
    }

    private ImportedQuestion choice(RawItem item, StemReader.Stem stem, QuestionKind kind, BigDecimal points,
                                    List<String> tags) {
        StemReader.KeyInStem inStem = StemReader.takeKey(stem.text(), false);
        AnswerKeyReader.Key fromAnswer = AnswerKeyReader.read(item.answer.toString());
        List<String> key = fromAnswer.letters();
        if (key.isEmpty() && inStem.key() != null) {
            key = AnswerKeyReader.letters(inStem.key());
        } else if (!key.isEmpty() && inStem.key() != null && !key.equals(AnswerKeyReader.letters(inStem.key()))) {
            warning(item, "the stem says " + inStem.key() + " but the answer says " + String.join("", key)
                    + "; using the answer");
        }
        String type = kind == QuestionKind.MULTIPLE_CHOICE || kind != QuestionKind.SINGLE_CHOICE && key.size() > 1
                ? ImportedQuestion.MULTIPLE_CHOICE : ImportedQuestion.SINGLE_CHOICE;
        List<ImportedOption> options = item.options.stream()
                .map(o -> new ImportedOption(o.letter, optionText(o.text))).toList();
        String explanation = join(fromAnswer.rest(), TextCleaner.block(item.explanation),
                TextCleaner.block(item.reference));
        return new ImportedQuestion(item.line, type, inStem.stem(), options, ImportedAnswer.choice(key), points,
                null, null, List.of(), blankToNull(explanation), tags, null, language(inStem.stem()));
    }

    private ImportedQuestion trueFalse(RawItem item, StemReader.Stem stem, BigDecimal points, List<String> tags) {
        StemReader.KeyInStem inStem = StemReader.takeKey(stem.text(), true);
        AnswerKeyReader.Key fromAnswer = AnswerKeyReader.read(item.answer.toString());
        Boolean value = fromAnswer.value() != null ? fromAnswer.value() : valueOfLetter(item, fromAnswer.letters());
        if (value == null && inStem.key() != null) {
            value = AnswerKeyReader.trueFalse(inStem.key());
            if (value == null) {
                value = valueOfLetter(item, AnswerKeyReader.letters(inStem.key()));
            }
        }
        String explanation = join(fromAnswer.rest(), TextCleaner.block(item.explanation), TextCleaner.block(item.reference));
        return new ImportedQuestion(item.line, ImportedQuestion.TRUE_FALSE, inStem.stem(), List.of(),
                ImportedAnswer.trueFalse(value), points, null, null, List.of(), blankToNull(explanation), tags, null,
                language(inStem.stem()));
    }

    private ImportedQuestion open(RawItem item, StemReader.Stem stem, QuestionKind kind, BigDecimal points,
                                  List<String> tags) {
        String reference = TextCleaner.block(item.reference);
        String answer = TextCleaner.block(item.answer);
        String referenceAnswer = !reference.isEmpty() ? reference : answer;
        String explanation = join(!reference.isEmpty() ? answer : "", TextCleaner.block(item.explanation));
        if (referenceAnswer.isEmpty()) {
            warning(item, "no reference answer found");
        } else if (!SENTENCE_END.matcher(referenceAnswer).find()) {
            warning(item, "the reference answer ends mid-sentence; it may be cut off: …"
                    + referenceAnswer.substring(Math.max(0, referenceAnswer.length() - 12)));
        }
        return new ImportedQuestion(item.line, ImportedQuestion.OPEN_RESPONSE, stem.text(), List.of(),
                ImportedAnswer.reference(blankToNull(referenceAnswer)), points, null, openKind(kind), List.of(),
                blankToNull(explanation), tags, null, language(stem.text()));
    }

    private static String openKind(QuestionKind kind) {
        if (kind == null) {
            return "SHORT_ANSWER";
        }
        return switch (kind) {
            case TERM_DEFINITION -> "TERM_DEFINITION";
            case ESSAY -> "ESSAY";
            case CASE_ANALYSIS, SCENARIO -> "CASE_ANALYSIS";
            default -> "SHORT_ANSWER";
        };
    }

    /** "A.正确 B.错误" and the like: a true/false question dressed as a choice. */
    private static boolean optionsAreTrueFalse(RawItem item) {
        if (item.options.size() != 2) {
            return false;
        }
        Boolean first = AnswerKeyReader.trueFalse(optionText(item.options.get(0).text));
        Boolean second = AnswerKeyReader.trueFalse(optionText(item.options.get(1).text));
        return first != null && second != null && !first.equals(second);
    }

    private static boolean hasTrueFalseKey(RawItem item, StemReader.Stem stem) {
        String key = StemReader.takeKey(stem.text(), true).key();
        return key != null && AnswerKeyReader.trueFalse(key) != null
                || AnswerKeyReader.read(item.answer.toString()).value() != null;
    }

    /** The true/false value an option letter stands for ("B" with "B.错误" → false). */
    private static Boolean valueOfLetter(RawItem item, List<String> letters) {
        if (letters.size() != 1) {
            return null;
        }
        for (RawItem.RawOption option : item.options) {
            if (option.letter.equals(letters.get(0))) {
                String text = Folding.fold(optionText(option.text));
                if (TRUE_WORDS.matcher(text).matches()) {
                    return Boolean.TRUE;
                }
                if (FALSE_WORDS.matcher(text).matches()) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private static String optionText(CharSequence raw) {
        String text = TextCleaner.inline(raw);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** {@code total} in shares of two decimals that add up exactly: 5 in 3 → 1.67, 1.67, 1.66. */
    static List<BigDecimal> share(BigDecimal total, int parts) {
        BigDecimal each = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
        BigDecimal remainder = total.subtract(each.multiply(BigDecimal.valueOf(parts)));
        int cents = remainder.movePointRight(2).intValue();
        List<BigDecimal> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(i < cents ? each.add(new BigDecimal("0.01")) : each);
        }
        return shares;
    }

    private static ImportedQuestion withPoints(ImportedQuestion q, BigDecimal points) {
        return new ImportedQuestion(q.line(), q.type(), q.stem(), q.options(), q.answer(), points,
                q.multipleChoiceScoring(), q.openResponseKind(), q.children(), q.explanation(), q.tags(),
                q.difficulty(), q.language());
    }

    static String language(String stem) {
        return stem != null && StemReader.isMostlyAscii(stem) ? "en" : "zh";
    }

    /** Tags are {@code key:value} with no whitespace around and at most 100 characters (the bank's rule). */
    private static String tag(String key, String value) {
        String tag = key + ":" + TextCleaner.inline(value);
        return tag.length() <= 100 ? tag : tag.substring(0, 100);
    }

    private void warning(RawItem item, String text) {
        messages.add(ImportMessage.warning(item.line, label(item) + text));
    }

    private void error(RawItem item, String text) {
        messages.add(ImportMessage.error(item.line, label(item) + text));
    }

    private static String label(RawItem item) {
        return "question " + item.label + " 「" + TextCleaner.preview(StemReader.read(item.stem).text()) + "」: ";
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
