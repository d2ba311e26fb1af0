package io.certexam.questionimport.text;

import java.util.regex.Pattern;

/**
 * Recognises the lines document-sharing sites wrap around a paper: copyright and download notes, 温馨提示,
 * comment boxes, page counters, navigation, contact blocks and the "other documents" lists. Such a line ends
 * whatever question was being read and is never part of one.
 *
 * <p>Lines are tested on their {@link Folding folded} form, so traditional and simplified variants match.
 * Patterns are anchored or specific on purpose: a question may well talk about 下载 or 评价, so a keyword
 * alone is never enough inside a long line.
 */
final class Boilerplate {

    /** A whole (short) line that is site chrome. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^[\\s•·\\-*]*(?:温馨提示|评论(?:\\s*\\d+\\s*/\\s*\\d+)?|提交评论|发表评论|最新文档|相关文档|猜你喜欢|文档简介|下载本文档|立即下载|菜单"
                    + "|微信联系|全国咨询热线|方案咨询|即时服务|咨询在线客服|相关问题.*|相关专题.*|热门知识.*|最新知识.*"
                    + "|上一篇.*|下一篇.*|返回顶部|分享到.*|收藏|举报|\\d+\\s*/\\s*\\d+|\\d{4}-\\d{1,2}-\\d{1,2}"
                    + "|[\\d\\-\\s]{7,}|\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2}|第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?"
                    + "|\\d+\\s*/\\s*\\d+\\s*页)\\s*[:]?\\s*$");

    /** Phrases that only site notices use, wherever they stand in the line. */
    private static final Pattern NOTICE = Pattern.compile(
            "版权说明|版权所有|版权申诉|侵权必究|如有侵权|若内容存在侵权|Copyright|©|ICP备|本站|本文档由用户提供|原创力文档|人人文库"
                    + "|已阅读\\d+页|继续免费阅读|还剩\\d+页未读|文档评论\\(\\d+\\)|VIP文档|成为VIP|下载权益|_第\\d+页\\s*$");

    /** Entries of a "more documents" list: a bullet line titled like another paper or courseware. */
    private static final Pattern DOCUMENT_LIST_ENTRY = Pattern.compile(
            "^\\s*[-•·*]\\s*.*(?:试题及答案|题库及答案|试卷及答案|测试题|真题|课件|模板|合同|协议|办法|汇编|讲义|总结报告)\\s*$");

    private static final Pattern DOCUMENT_LIST_HEADING = Pattern.compile(
            "\\s*(?:[-•·*]\\s*)?(?:最新文档|相关文档|猜你喜欢|热门文档|推荐文档|相关推荐)\\s*:?\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s*[-•·*](?:\\s.*)?");

    private Boilerplate() {
    }

    static boolean isBoilerplate(String foldedLine) {
        return CHROME_LINE.matcher(foldedLine).matches()
                || NOTICE.matcher(foldedLine).find()
                || DOCUMENT_LIST_ENTRY.matcher(foldedLine).matches();
    }

    /** A list of other documents follows this line; its bullet entries are chrome whatever their titles. */
    static boolean opensDocumentList(String foldedLine) {
        return DOCUMENT_LIST_HEADING.matcher(foldedLine).matches();
    }

    static boolean isBullet(String foldedLine) {
        return BULLET.matcher(foldedLine).matches();
    }
}
