package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A council built with {@code of} and {@code with…}. */
class CouncilTest {

    @Test
    void of_withChairAndSecretary_namesBoth() {
        assertThat(Council.of(7).withChair("Nguyễn Văn An").withSecretary("Trần Thị Bình"))
                .isEqualTo(new Council(7, Optional.of("Nguyễn Văn An"), Optional.of("Trần Thị Bình")));
        assertThat(Council.of(5)).isEqualTo(new Council(5, Optional.empty(), Optional.empty()));
    }

    @Test
    void of_sizeZero_isRefusedWithTheSize() {
        assertThatThrownBy(() -> Council.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("council size must be at least 1: 0");
    }
}
