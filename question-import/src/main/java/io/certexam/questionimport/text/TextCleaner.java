package io.certexam.questionimport.text;

import java.util.regex.Pattern;

/**
 * Whitespace as pasted papers have it: PDF line wraps put spaces and newlines inside Chinese words
 * ({@code 过 程中}), which mean nothing; between Latin words they do.
 */
final class TextCleaner {

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private TextCleaner() {
    }

    /** One line: whitespace between two Chinese characters or punctuation disappears, elsewhere it becomes one space. */
    static String inline(CharSequence text) {
        String s = SPACE_RUN.matcher(text).replaceAll(" ").strip();
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && isWide(s.charAt(i - 1)) && i + 1 < s.length() && isWide(s.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Several lines (explanations, reference answers): each line cleaned, empty lines dropped. */
    static String block(CharSequence text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String cleaned = inline(line);
            if (!cleaned.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(cleaned);
            }
        }
        return out.toString();
    }

    /** Chinese characters and full-width punctuation. */
    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    static String preview(String text) {
        String s = text == null ? "" : inline(text);
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
