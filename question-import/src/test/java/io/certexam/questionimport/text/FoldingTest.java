package io.certexam.questionimport.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    @Test
    void theShadowKeepsEveryOffset() {
        String original = "（３）答案為Ｃ【解析】：錯誤，正確！";

        String folded = Folding.fold(original);

        assertThat(folded).hasSameSizeAs(original).isEqualTo("(3)答案为C[解析]:错误,正确!");
    }

    @Test
    void theTableIsWellFormed() {
        assertThat(Folding.pairsAreWellFormed()).isTrue();
        assertThat(Folding.pairCount()).isGreaterThan(500);
    }
}
