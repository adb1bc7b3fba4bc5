package org.ocop.rules;

import java.util.List;
import java.util.Objects;

/**
 * A condition under which a criterion is scored at all, for example 26/2026's <i>"Chỉ áp dụng khi có câu chuyện
 * sản phẩm"</i> on 5.2: the story structure is only scored when the product has a story.
 *
 * <p>The criterion applies unless the member chose one of {@link #notChosen()} on {@link #criterion()}. Immutable
 * and thread-safe.
 *
 * @param criterion code of the criterion the condition looks at, for example {@code 5.1}
 * @param notChosen option ids of that criterion that make this criterion not applicable
 * @param text the condition as printed
 */
public record Applicability(String criterion, List<String> notChosen, String text) {
    /** Validates and copies the components. */
    public Applicability {
        Objects.requireNonNull(criterion, "criterion");
        notChosen = List.copyOf(notChosen);
        Objects.requireNonNull(text, "text");
    }

    /** Whether the criterion applies when {@code chosenOptionId} was chosen on {@link #criterion()}. */
    public boolean appliesWhen(String chosenOptionId) {
        return !notChosen.contains(chosenOptionId);
    }
}
