package io.certexam.questionimport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFingerprintTest {

    private static final ImportedQuestion ORIGINAL = Q.single(1, "顾客要求开具发票时，收银员应当（ ）")
            .options("A=拒绝开具", "B=按顾客提供的抬头开具").key("B").build();

    @Test
    void copiesThatDifferOnlyInFormAreTheSame() {
        ImportedQuestion copy = Q.single(40, "顧客要求開具發票時,收銀員應當 ( )")        // traditional, half-width
                .options("A=按 顧客提供的抬頭開具", "B=拒絕開具(jué)")            // shuffled, wrapped, pinyin debris
                .key("A").points("2").tags("source:other.txt").build();          // key, points and tags do not count

        assertThat(QuestionFingerprint.of(copy)).isEqualTo(QuestionFingerprint.of(ORIGINAL));
        assertThat(QuestionFingerprint.of(ORIGINAL)).matches("[0-9a-f]{64}");
    }

    @Test
    void differentWordsOrOptionsAreDifferentQuestions() {
        ImportedQuestion otherStem = Q.single(1, "顾客要求开具专用发票时，收银员应当（ ）")
                .options("A=拒绝开具", "B=按顾客提供的抬头开具").key("B").build();
        ImportedQuestion otherOption = Q.single(1, "顾客要求开具发票时，收银员应当（ ）")
                .options("A=拒绝开具", "B=按顾客提供的抬头开具", "C=让顾客改天再来").key("B").build();

        assertThat(QuestionFingerprint.of(otherStem)).isNotEqualTo(QuestionFingerprint.of(ORIGINAL));
        assertThat(QuestionFingerprint.of(otherOption)).isNotEqualTo(QuestionFingerprint.of(ORIGINAL));
    }

    @Test
    void englishIsComparedCaseInsensitively() {
        assertThat(QuestionFingerprint.normalise("Which reply fits BEST?  ( )")).isEqualTo("whichreplyfitsbest");
    }

    @Test
    void aScenarioIncludesItsChildrenInOrder() {
        Q child1 = Q.single(1, "第一步?").options("A=致歉", "B=解释").key("A");
        Q child2 = Q.single(1, "第二步?").options("A=换货", "B=退款").key("A");
        ImportedQuestion one = Q.scenario(1, "顾客抱怨奶瓶有划痕。").child(child1).child(child2).build();
        ImportedQuestion swapped = Q.scenario(1, "顾客抱怨奶瓶有划痕。").child(child2).child(child1).build();

        assertThat(QuestionFingerprint.of(one)).isNotEqualTo(QuestionFingerprint.of(swapped));
    }
}
