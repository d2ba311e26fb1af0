package io.certexam.questionimport.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Marker} candidates of one {@link Folding folded} line, left to right. Text that runs
 * together ({@code …是?A.xxxB.xxx答案:B解析:…2.下一题}) is why this works on positions inside a line rather
 * than on whole lines. Where two candidates overlap the one starting first wins ({@code 参考答案:} over
 * {@code 答案:}).
 */
final class MarkerScanner {

    private static final String NUMERALS = "一二三四五六七八九十";

    private static final Pattern SECTION = Pattern.compile(
            "(?:第([" + NUMERALS + "]{1,3})(?:部分|章|节|大题)\\s*[:、.]?|([" + NUMERALS + "]{1,3})\\s*[、.](?!\\d))");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})[.、](?!\\d)");
    private static final Pattern PAREN_NUMBER = Pattern.compile("\\(\\s*(\\d{1,2})\\s*\\)[.、]?");
    private static final Pattern OPTION = Pattern.compile("([A-F])[.、:]");
    private static final Pattern ANSWER = Pattern.compile(
            "(?:正确答案|标准答案|答案)\\s*:|\\[\\s*(?:正确|标准)?答案\\s*]\\s*:?|答案\\s*[为是]");
    private static final Pattern EXPLANATION = Pattern.compile("(?:答案|试题|题目)?解析\\s*:|\\[\\s*解析\\s*]\\s*:?");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\[\\s*参考答案\\s*]\\s*:?|参考答案\\s*:?|解题思路\\s*:|答题要点\\s*:|参考要点\\s*:|例\\s*:|答\\s*:");

    List<Marker> scan(String folded) {
        List<Marker> found = new ArrayList<>();
        if (containsAny(folded, NUMERALS)) {
            Matcher m = SECTION.matcher(folded);
            while (m.find()) {
                String numeral = m.group(1) != null ? m.group(1) : m.group(2);
                found.add(new Marker(Marker.Type.SECTION, m.start(), m.end(), String.valueOf(numeralValue(numeral))));
            }
        }
        // each pattern runs only on lines holding its key characters: most lines of a long page hold few
        collect(found, NUMBER, Marker.Type.NUMBER, folded, true);
        if (folded.indexOf('(') >= 0) {
            collect(found, PAREN_NUMBER, Marker.Type.PAREN_NUMBER, folded, true);
        }
        collect(found, OPTION, Marker.Type.OPTION, folded, true);
        if (folded.indexOf('答') >= 0) {
            collect(found, ANSWER, Marker.Type.ANSWER, folded, false);
        }
        if (folded.indexOf('解') >= 0) {
            collect(found, EXPLANATION, Marker.Type.EXPLANATION, folded, false);
        }
        if (containsAny(folded, "答例思点")) {
            collect(found, REFERENCE, Marker.Type.REFERENCE, folded, false);
        }
        found.sort(Comparator.comparingInt(Marker::start).thenComparing(mk -> -(mk.end() - mk.start())));
        List<Marker> ordered = new ArrayList<>(found.size());
        int reached = 0;
        for (Marker marker : found) {
            if (marker.start() >= reached) {
                ordered.add(marker);
                reached = marker.end();
            }
        }
        return ordered;
    }

    private static void collect(List<Marker> into, Pattern pattern, Marker.Type type, String folded, boolean valued) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            into.add(new Marker(type, m.start(), m.end(), valued ? m.group(1) : null));
        }
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 一 → 1, 十二 → 12, 二十 → 20. */
    static int numeralValue(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return NUMERALS.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : NUMERALS.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}
