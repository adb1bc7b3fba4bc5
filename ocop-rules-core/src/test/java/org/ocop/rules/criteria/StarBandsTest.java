package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A version's star bands as numbers: the floors of 2★ to 5★, half-open on the exact average. */
class StarBandsTest {

    private static final StarBands BANDS = StarBands.of(30, 50, 70, 90);

    @Test
    void everyBundledVersion_statesTheHalfOpenBandsOf26Of2026() {
        // 26/2026/QĐ-TTg Điều 3.3; 1048, 781 and 148 are quoted as integer ranges with the same lower bounds
        for (CriteriaVersion version : CriteriaCatalogue.bundled().versions()) {
            assertThat(version.starBands()).as(version.id()).isEqualTo(BANDS);
        }
    }

    @ParameterizedTest(name = "{0}/{1} is in the {2}★ band")
    @CsvSource({"0, 1, 1", "29, 1, 1", "30, 1, 2", "299, 10, 1", "300, 10, 2", "499, 10, 2", "500, 10, 3",
        "139, 2, 3", "140, 2, 4", "629, 7, 4", "630, 7, 5", "100, 1, 5"})
    void starsOf_comparesTheExactAverageWithEachFloor(long sum, int count, int stars) {
        assertThat(BANDS.starsOf(sum, count)).isEqualTo(stars);
    }

    @Test
    void floor_ofEachStar_isItsLowerBound() {
        assertThat(List.of(BANDS.floor(1), BANDS.floor(2), BANDS.floor(3), BANDS.floor(4), BANDS.floor(5)))
                .containsExactly(0, 30, 50, 70, 90);
    }

    @Test
    void floor_ofNoBand_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BANDS.floor(6))
                .withMessage("no band of 6★; allowed: 1 to 5");
    }

    @Test
    void starsOf_noMember_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BANDS.starsOf(0, 0))
                .withMessage("an average needs at least one member: 0");
    }

    @Test
    void floors_areCopied() {
        Integer[] floors = {30, 50, 70, 90};
        List<Integer> list = Arrays.asList(floors);
        StarBands bands = new StarBands(list);
        floors[0] = 31;
        assertThat(bands.floors()).containsExactly(30, 50, 70, 90);
    }

    @Test
    void threeFloors_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StarBands.of(30, 50, 70))
                .withMessage("star band floors [30, 50, 70]: not one floor for each band from 2★ to 5★: [30, 50, 70]; "
                        + "allowed: 4 whole numbers, the lower bounds of the 2★, 3★, 4★ and 5★ bands");
    }

    @Test
    void floorsNotAscending_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StarBands.of(30, 50, 50, 90))
                .withMessage("star band floors [30, 50, 50, 90], floor 3: band floor not above the floor of the band "
                        + "below: 50; allowed: 51 to 100");
    }

    @Test
    void aFloorAboveOneHundred_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StarBands.of(30, 50, 70, 101))
                .withMessage("star band floors [30, 50, 70, 101], floor 4: band floor out of range: 101; allowed: 1 "
                        + "to 100");
    }

    @Test
    void aMissingFloor_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StarBands(Arrays.asList(30, null, 70, 90)))
                .withMessage("star band floors [30, null, 70, 90], floor 2: missing band floor: null; allowed: 31 to "
                        + "100");
    }
}
