package org.ocop.rules.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;

/**
 * A whole folder of dossiers against what they record, in one line, made by
 * {@link OcopAssertions#assertThatFolder(java.nio.file.Path)}:
 * {@code assertThatFolder(Path.of("src/test/resources/dossiers")).agrees()}.
 *
 * <p>{@link #agrees()} replays every dossier against its recorded result and rates every golden file against its
 * expected rating, then fails once, listing every file that disagrees with each discrepancy and its cause — not only
 * the first. Known differences can be {@linkplain #allowing allowed} one dossier and cause at a time; an allowance
 * that no longer happens fails too, so the list cannot rot. The rater is {@link Rater#standard()} unless
 * {@link #ratedBy(Rater)} says otherwise. Not thread-safe, like every AssertJ assertion.
 */
public final class DossierFolderAssert extends AbstractAssert<DossierFolderAssert, List<DossierCase>> {

    private final String folder;
    private Rater rater;
    private final Map<String, Set<Discrepancy.Cause>> allowed = new LinkedHashMap<>();

    DossierFolderAssert(String folder, List<DossierCase> cases) {
        super(cases, DossierFolderAssert.class);
        this.folder = folder;
    }

    /** Uses {@code rater} (another engine, other settings, a fixed clock) instead of {@link Rater#standard()}. */
    public DossierFolderAssert ratedBy(Rater rater) {
        this.rater = Objects.requireNonNull(rater, "rater");
        return this;
    }

    /**
     * Allows the discrepancies of one dossier that have one cause: a difference already known and accepted, such as a
     * council that did not apply the star minimums. {@link #agrees()} then fails if that dossier no longer has a
     * discrepancy of that cause.
     *
     * @param dossierId the dossier's id, for example {@code "BG-2026-011"}
     * @param cause the cause allowed
     */
    public DossierFolderAssert allowing(String dossierId, Discrepancy.Cause cause) {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(cause, "cause");
        allowed.computeIfAbsent(dossierId, id -> new LinkedHashSet<>()).add(cause);
        return this;
    }

    /**
     * Verifies that every dossier of the folder agrees with its recorded result and every golden file with its
     * expected rating. Fails listing each file that cannot be read or disagrees, with every discrepancy; fails too if
     * the folder has no file, if no file has anything to compare (no recorded result, no expected rating), or if an
     * allowance is not used.
     */
    public DossierFolderAssert agrees() {
        isNotNull();
        Rater using = rater == null ? Rater.standard() : rater;
        List<String> failures = new ArrayList<>();
        Map<String, Set<Discrepancy.Cause>> unused = new LinkedHashMap<>();
        allowed.forEach((id, causes) -> unused.put(id, new LinkedHashSet<>(causes)));
        int compared = 0;
        for (DossierCase c : actual) {
            if (!c.isReadable()) {
                failures.add(c.location() + ": cannot be read: " + readError(c));
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (c.expected().isPresent()) {
                compared++;
                Rating rating = c.rate(using);
                c.expected().get().differencesFrom(rating).forEach(d -> lines.add("expected rating, " + d));
            }
            if (c.recorded().isPresent()) {
                compared++;
                Replay replay = c.replay(using);
                Set<Discrepancy.Cause> accepted = allowed.getOrDefault(c.dossier().id(), Set.of());
                for (Discrepancy d : replay.discrepancies()) {
                    if (accepted.contains(d.cause())) {
                        unused.getOrDefault(c.dossier().id(), new LinkedHashSet<>()).remove(d.cause());
                    } else {
                        lines.add(d.toString());
                    }
                }
            }
            if (!lines.isEmpty()) {
                failures.add(c.name() + ":\n" + String.join("\n", lines.stream().map(l -> "    - " + l).toList()));
            }
        }
        unused.forEach((id, causes) -> causes.forEach(cause -> failures.add("allowed " + cause + " for " + id
                + " but no dossier " + id + " has a discrepancy of that cause (remove the allowance)")));
        if (actual.isEmpty()) {
            failWithMessage("%s", "Expecting dossier folder " + folder + " to agree but it has no *.json file");
        }
        if (compared == 0 && failures.isEmpty()) {
            failWithMessage("%s", "Expecting dossier folder " + folder + " to agree but none of its " + actual.size()
                    + " files has anything to compare: no \"recorded\" result in a dossier, no golden file with "
                    + "\"expected\"");
        }
        if (!failures.isEmpty()) {
            failWithMessage("%s", "Expecting every dossier of folder " + folder + " to agree with what it records "
                    + "(rated by " + using.engineName() + "), but " + failures.size() + " of " + actual.size()
                    + " did not:\n" + String.join("\n", failures.stream().map(f -> "  " + f).toList()));
        }
        return this;
    }

    private static String readError(DossierCase c) {
        try {
            c.dossier();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
