package io.certexam.platform.security;

/**
 * The rule of Spring Security's {@code StrictHttpFirewall} for header names and values — every character assigned
 * in Unicode and none a control character — without its regular expression. The firewall checks a header each time
 * it is read, a request reads the 800-character bearer token several times, and the regular expression took a
 * quarter of exam-service's CPU on exam day (docs/benchmarks.md). Printable ASCII, nearly every header, is decided
 * by one comparison per character.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean allowed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return allowedFrom(value, i);
            }
        }
        return true;
    }

    private static boolean allowedFrom(String value, int start) {
        for (int i = start; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.getType(codePoint) == Character.UNASSIGNED || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
