package io.certexam.questionimport.text;

import java.util.regex.Pattern;

/**
 * Removes the pinyin readings that document-sharing sites leave behind when they convert a paper:
 * {@code 服務(wù)} → {@code 服務}, {@code 項(xiàng)} → {@code 項}. Only a bracketed,
 * lower-case syllable carrying a tone mark qualifies (also after garbled characters, {@code 螀f(xié)}), so real brackets ({@code (LTV)}, {@code (book118)},
 * {@code (如顏色)}) are never touched.
 */
public final class PinyinDebris {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern DEBRIS = Pattern.compile(
            "[(（](?=[a-zü" + TONED + "]*[" + TONED + "])[a-zü" + TONED + "]{1,7}[)）]");

    private PinyinDebris() {
    }

    public static String strip(String text) {
        if (text == null || text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        return DEBRIS.matcher(text).replaceAll("");
    }

    /** True if {@code text} still holds a reading (what the sample checks assert never happens). */
    public static boolean contains(String text) {
        return text != null && DEBRIS.matcher(text).find();
    }
}
