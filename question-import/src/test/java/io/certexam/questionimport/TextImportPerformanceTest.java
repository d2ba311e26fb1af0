package io.certexam.questionimport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures (does not assert) how long a 1,000-question paper takes to import; the figure is printed to the test
 * output ({@code target/surefire-reports/*TextImportPerformanceTest-output.txt}). Run on its own with
 * {@code ./mvnw -q -pl question-import verify -Dtest=TextImportPerformanceTest}.
 */
class TextImportPerformanceTest {

    static byte[] thousandQuestionPaper() {
        StringBuilder paper = new StringBuilder("门店服务技能题库（生成）\n");
        paper.append("一、单项选择题(每题2分,共250题)\n");
        for (int i = 1; i <= 250; i++) {
            paper.append(i).append(".第").append(i).append("号门店的顾客拿着没有小票的商品要求退货，店员首先应该怎么做？\n")
                    .append("A.直接拒绝办理\nB、请顾客出示付款记录或会员消费记录\nC．让顾客找店长\nD:告诉顾客去别的门店办理\n")
                    .append("答案:B\n解析:没有小票时，付款记录或会员记录同样可以证明购买。\n");
        }
        paper.append("二、多选题 ");
        for (int i = 1; i <= 250; i++) {
            paper.append(i).append(".[多选题 - 3分]:第").append(i).append("次促销时顾客关注哪些方面?ABD A.价格 B.赠品 C.天气 D.售后 ");
        }
        paper.append("\n三、判断题（每题1分，共250题）\n");
        for (int i = 1; i <= 250; i++) {
            paper.append(i).append(".第").append(i).append("位顾客投诉时，先认真倾听再回应。（").append(i % 2 == 0 ? "√" : "×").append("）\n");
        }
        paper.append("四、简答题(每题6分,共250题)\n");
        for (int i = 1; i <= 250; i++) {
            paper.append(i).append(".简述第").append(i).append("号门店处理顾客投诉的基本步骤。\n")
                    .append("参考答案：倾听并记录问题;表达歉意和理解;提出解决方案并征得同意;执行方案并回访。\n");
        }
        return paper.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aThousandQuestionPaper() {
        byte[] paper = thousandQuestionPaper();

        long start = System.nanoTime();
        ImportDocument first = TextImporter.parse(paper, "generated.txt");
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long bestMillis = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            TextImporter.parse(paper, "generated.txt");
            bestMillis = Math.min(bestMillis, (System.nanoTime() - t) / 1_000_000);
        }

        System.out.printf("1,000-question paper (%,d bytes): first parse in this JVM %d ms, best of 5 further parses %d ms%n",
                paper.length, coldMillis, bestMillis);
        assertThat(first.questions()).hasSize(1000);
        assertThat(first.messages()).isEmpty();
    }
}
