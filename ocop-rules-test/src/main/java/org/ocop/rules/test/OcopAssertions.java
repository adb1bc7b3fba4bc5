package org.ocop.rules.test;

import java.nio.file.Path;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.advice.PlanAdvice;

/**
 * The entry point of the kit's AssertJ assertions. Import its methods statically beside AssertJ's own
 * ({@code import static org.ocop.rules.test.OcopAssertions.assertThat;}): Java picks this class's
 * {@code assertThat} for a rating, a replay or a plan, and AssertJ's for everything else.
 *
 * <pre>
 * assertThat(rater.rate(dossier)).isRated().hasStars(4).hasFailedMinimum("1.3", 5);
 * assertThat(rater.replay(dossier)).agrees();
 * assertThatFolder(Path.of("src/test/resources/dossiers")).agrees();
 * </pre>
 *
 * Stateless and thread-safe; the assertions it makes are not (one per statement).
 */
public final class OcopAssertions {

    private OcopAssertions() {
    }

    /** Assertions on a rating; a failure shows the rating's explanation. */
    public static RatingAssert assertThat(Rating rating) {
        return new RatingAssert(rating);
    }

    /** Assertions on a replay; a failure lists each discrepancy with its cause. */
    public static ReplayAssert assertThat(Replay replay) {
        return new ReplayAssert(replay);
    }

    /** Assertions on a plan to the next star; a failure shows the advice's explanation. */
    public static PlanAdviceAssert assertThat(PlanAdvice advice) {
        return new PlanAdviceAssert(advice);
    }

    /**
     * The files of a folder (see {@link DossierCase#inFolder(Path)}) against what they record.
     *
     * @throws IllegalArgumentException if {@code folder} is not a folder
     */
    public static DossierFolderAssert assertThatFolder(Path folder) {
        return new DossierFolderAssert(folder.toString().replace('\\', '/'), DossierCase.inFolder(folder));
    }

    /**
     * The files of a class-path folder (see {@link DossierCase#inClasspathFolder(String)}) against what they record.
     *
     * @throws IllegalArgumentException if no such folder is on the class path
     */
    public static DossierFolderAssert assertThatClasspathFolder(String folder) {
        return new DossierFolderAssert(folder, DossierCase.inClasspathFolder(folder));
    }
}
