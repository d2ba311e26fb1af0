package io.certexam.bank.question;

/** What kind of free-text answer an open response asks for; exam-service and graders show it. */
public enum OpenResponseKind {
    /** 名词解释 */
    TERM_DEFINITION,
    /** 简答 */
    SHORT_ANSWER,
    /** 论述 */
    ESSAY,
    /** 案例分析 */
    CASE_ANALYSIS
}
