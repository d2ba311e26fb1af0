package io.certexam.questionimport;

import io.certexam.questionimport.text.Folding;
import io.certexam.questionimport.text.PinyinDebris;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two questions "the same" for duplicate detection: the stem and the option texts, compared after
 * normalising away what copying papers around changes — pinyin debris, full-width vs half-width forms,
 * traditional vs simplified characters (for the characters {@link Folding} knows), case, whitespace, all
 * punctuation and the answer blank {@code （ ）} the key was cut from. Option order and option letters do not
 * count (a shuffled copy is still a copy), nor do keys, points, tags or explanations. A scenario's children
 * count, in order.
 *
 * <p>The result is a SHA-256 hex string, stable across runs and JVMs, so the bank can store it next to a
 * question and look duplicates up by equality.
 */
public final class QuestionFingerprint {

    private QuestionFingerprint() {
    }

    public static String of(ImportedQuestion question) {
        return sha256(canonical(question));
    }

    /** The normalised text the fingerprint is the hash of (for reports and tests). */
    public static String canonical(ImportedQuestion question) {
        StringBuilder out = new StringBuilder(normalise(question.stem()));
        List<String> options = question.options().stream().map(o -> normalise(o.text())).sorted().toList();
        for (String option : options) {
            out.append('\u0001').append(option);
        }
        for (ImportedQuestion child : question.children()) {
            out.append('\u0002').append(canonical(child));
        }
        return out.toString();
    }

    /** Letters and digits only, folded: "服務(wù)：（ ）ＡＢ" and "服务:AB" normalise alike. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(PinyinDebris.strip(text), Normalizer.Form.NFKC);
        s = Folding.fold(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
