package io.certexam.questionimport.text;

/**
 * A place in a line where something may begin: a section header, a question number, an option letter, an
 * answer, an explanation or a reference answer. Only a candidate: {@link DocumentWalker} decides from what it
 * has read so far whether it really is one; a refused candidate stays ordinary text.
 *
 * @param start offset of the marker in the line
 * @param end   offset just after the marker, where its content begins
 * @param value the numeral, number or option letter, where the marker has one
 */
record Marker(Type type, int start, int end, String value) {

    enum Type {
        /** 一、 二． 第三部分 */
        SECTION,
        /** 1. 1、 1． */
        NUMBER,
        /** (3) （3） (1). */
        PAREN_NUMBER,
        /** A. A、 A． A: */
        OPTION,
        /** 答案: 答案为C 【答案】 */
        ANSWER,
        /** 解析: 【解析】 */
        EXPLANATION,
        /** 例: 解题思路: 参考答案 答: */
        REFERENCE
    }

    int number() {
        return Integer.parseInt(value);
    }
}
