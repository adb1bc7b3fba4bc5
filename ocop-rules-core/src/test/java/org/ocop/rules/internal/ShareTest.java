package org.ocop.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The council's shares, the one home of the majority and quorum arithmetic every engine and generator uses. */
class ShareTest {

    @ParameterizedTest(name = "a strict majority of {0} members is {1}")
    @CsvSource({"0, 1", "1, 1", "2, 2", "3, 2", "4, 3", "5, 3", "7, 4", "9, 5", "10, 6"})
    void majority_fewest_isMoreThanHalf(int members, int fewest) {
        assertThat(Share.MAJORITY.fewest(members)).isEqualTo(fewest);
        assertThat(Share.MAJORITY.isMetBy(fewest, members)).isTrue();
        assertThat(Share.MAJORITY.isMetBy(fewest - 1, members)).isFalse();
    }

    @ParameterizedTest(name = "three quarters of a council of {0} is {1}")
    @CsvSource({"0, 0", "1, 1", "3, 3", "4, 3", "5, 4", "7, 6", "8, 6", "9, 7", "12, 9"})
    void quorum_fewest_isThreeQuartersRoundedUp(int council, int fewest) {
        assertThat(Share.QUORUM.fewest(council)).isEqualTo(fewest);
        assertThat(Share.QUORUM.isMetBy(fewest, council)).isTrue();
        if (fewest > 0) {
            assertThat(Share.QUORUM.isMetBy(fewest - 1, council)).isFalse();
        }
    }

    @Test
    void majority_ofAnEvenCouncil_isNotHalf() {
        // 2 of 4 is half, not a majority; 3 of 4 is
        assertThat(Share.MAJORITY.isMetBy(2, 4)).isFalse();
        assertThat(Share.MAJORITY.isMetBy(3, 4)).isTrue();
    }

    @Test
    void quorum_isReachedExactlyAtThreeQuarters() {
        assertThat(Share.QUORUM.isMetBy(6, 8)).isTrue();
        assertThat(Share.QUORUM.isMetBy(5, 8)).isFalse();
    }

    @Test
    void feel_writesTheSameComparisonForTheDmnTables() {
        assertThat(Share.MAJORITY.feel("meeting", "members")).isEqualTo("meeting * 2 > members");
        assertThat(Share.QUORUM.feel("present", "councilSize")).isEqualTo("present * 4 >= councilSize * 3");
    }

    @Test
    void share_outsideZeroToOne_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Share(4, 3, false))
                .withMessage("a share is a fraction between 0 and 1: 4/3");
    }
}
