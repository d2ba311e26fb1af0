package io.certexam.questionimport.text;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a key as papers write it: {@code B}, {@code ABD}, {@code A,C}, {@code A、C}, {@code 正确}, {@code ×}.
 * What follows the key ({@code 答案为C。新零售强调…}) is the start of an explanation and is handed back.
 */
final class AnswerKeyReader {

    private static final Pattern LETTERS = Pattern.compile("^\\s*([A-F](?:\\s*[,、]?\\s*[A-F]){0,5})(?![A-Za-z])");
    private static final Pattern TRUE_FALSE = Pattern.compile("^\\s*(正确|错误|对|错|√|×|是|否|true|false|T|F)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s。.,，;；:：、]+");

    /** A key: option letters, or a true/false value; {@code rest} is the text after it. */
    record Key(List<String> letters, Boolean value, String rest) {

        boolean isEmpty() {
            return letters.isEmpty() && value == null;
        }
    }

    static Key read(String text) {
        if (text == null || text.isBlank()) {
            return new Key(List.of(), null, "");
        }
        String folded = Folding.fold(text);
        Matcher letters = LETTERS.matcher(folded);
        if (letters.find()) {
            return new Key(letters(letters.group(1)), null, rest(text, letters.end()));
        }
        Matcher tf = TRUE_FALSE.matcher(folded);
        if (tf.find()) {
            return new Key(List.of(), trueFalse(tf.group(1)), rest(text, tf.end()));
        }
        return new Key(List.of(), null, text.strip());
    }

    /** "BA", "A,C" → [A, B], [A, C]: a key is a set, kept in option order. */
    static List<String> letters(String written) {
        TreeSet<String> set = new TreeSet<>();
        for (char c : written.toCharArray()) {
            if (c >= 'A' && c <= 'F') {
                set.add(String.valueOf(c));
            }
        }
        return List.copyOf(set);
    }

    /** 正确/对/√ → true, 错误/错/× → false, anything else → null. */
    static Boolean trueFalse(String word) {
        String w = Folding.fold(word.strip()).toLowerCase();
        return switch (w) {
            case "正确", "对", "√", "是", "true", "t" -> Boolean.TRUE;
            case "错误", "错", "×", "否", "false", "f" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String rest(String text, int from) {
        return SEPARATOR.matcher(text.substring(from)).replaceFirst("").strip();
    }
}
