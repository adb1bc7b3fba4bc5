package org.ocop.rules.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.Replay;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.RecordedResult;

/**
 * One dossier file as a test case: the dossier (<i>hồ sơ</i>), its recorded result if the dossier has one, and the
 * expected rating if the file is a golden file.
 *
 * <p>A file is one of two kinds:
 * <ul>
 * <li>a <b>dossier</b>, exactly as {@link DossierReader} reads it (with {@code "recorded"} for what the council or
 *     the portal recorded, which a {@linkplain Rater#replay replay} compares with);</li>
 * <li>a <b>golden file</b>, a dossier wrapped with what it must be rated:
 * <pre>
 * {"about":    "why this case exists, with the arithmetic (638/7 = 91.14…)",
 *  "source":   "where it comes from: a published record, or how it was constructed",   (optional)
 *  "settings": {"minimumPolicy": "DEMOTE|REFUSE", "consensus": "ALL_MEMBERS|MAJORITY|AVERAGE_POINTS",
 *               "councilRules": "NONE|TAY_NINH", "sheetEdition": "portal"},   (each optional; {} for the defaults)
 *  "dossier":  {…},      the dossier, exactly as DossierReader reads it
 *  "expected": {…}}      the rating, see ExpectedRating
 * </pre>
 * A golden file is told apart by its {@code "dossier"} key; {@code about}, {@code dossier} and {@code expected} are
 * required, and an unknown key at any level is an error, so that a typo cannot skip a check. The settings of a golden
 * file are complete: they apply on top of {@link RatingSettings#DEFAULTS}, not of the rater's settings.</li>
 * </ul>
 *
 * <p>A file that cannot be read still makes a case: its {@link #name()} is the file name and {@link #dossier()} throws
 * the reader's error, so that one broken file fails its own test and not the whole folder. Immutable and thread-safe.
 */
public final class DossierCase {

    private final String location;
    private final String name;
    private final Dossier dossier;
    private final RuntimeException failure;
    private final String about;
    private final RatingSettings settings;
    private final ExpectedRating expected;

    private DossierCase(String location, Dossier dossier, RuntimeException failure, String about,
            RatingSettings settings, ExpectedRating expected) {
        this.location = location;
        this.dossier = dossier;
        this.failure = failure;
        this.about = about;
        this.settings = settings;
        this.expected = expected;
        String file = location.substring(location.lastIndexOf('/') + 1);
        this.name = dossier == null ? file : dossier.id() + " · " + dossier.productName() + " [" + file + "]";
    }

    /**
     * Reads one case from a JSON text.
     *
     * @param json a dossier or a golden file, not null
     * @param location where it comes from, used in names and messages, for example a file's path; not null
     * @return the case, never null: an unreadable text gives a case whose {@link #dossier()} throws
     */
    public static DossierCase parse(String json, String location) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(location, "location");
        Json.Value root;
        try {
            root = Json.parse(json);
        } catch (Json.Error notJson) {
            // not even JSON: the dossier reader's own message (line and column) says best what is wrong
            return unreadable(location, json);
        }
        if (!GoldenFormat.isGolden(root)) {
            return unreadable(location, json);
        }
        try {
            GoldenFormat.requireOnly(root, GoldenFormat.KEYS);
            String about = GoldenFormat.required(root, "about").string();
            RatingSettings settings = GoldenFormat.settings(root);
            ExpectedRating expected = ExpectedRating.parse(GoldenFormat.required(root, "expected"));
            Json.Value source = root.object().get("source");
            if (source != null) {
                source.string(); // only checked: it is for people
            }
            Dossier dossier = DossierReader.read(Json.source(json, GoldenFormat.required(root, "dossier")), location);
            return new DossierCase(location, dossier, null, about, settings, expected);
        } catch (Json.Error e) {
            return new DossierCase(location, null, new IllegalArgumentException("golden file " + location + ": "
                    + e.getMessage(), e), null, null, null);
        } catch (RuntimeException e) {
            return new DossierCase(location, null, e, null, null, null);
        }
    }

    private static DossierCase unreadable(String location, String json) {
        try {
            return new DossierCase(location, DossierReader.read(json, location), null, null, null, null);
        } catch (RuntimeException e) {
            return new DossierCase(location, null, e, null, null, null);
        }
    }

    /**
     * Reads one case from a file (UTF-8).
     *
     * @param file a dossier or golden file, not null
     * @throws UncheckedIOException if the file cannot be read at all
     */
    public static DossierCase read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dossier file " + file, e);
        }
    }

    /**
     * Every {@code *.json} file directly in a folder (not in its subfolders), as cases, by file name.
     *
     * @param folder the folder, not null
     * @throws IllegalArgumentException if it is not a folder
     */
    public static List<DossierCase> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("dossier folder " + folder.toAbsolutePath().normalize()
                    + ": not a folder; allowed: a folder of *.json dossier or golden files, relative to the working "
                    + "directory (a Maven module's folder in a Maven build)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(DossierCase::isJson).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(DossierCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dossier folder " + folder, e);
        }
    }

    /**
     * Every {@code *.json} resource directly in a class-path folder (a directory or a folder inside a jar), as cases,
     * by file name; found with the thread's context class loader, else the kit's own. Inside a jar the folder needs its
     * own entry, as the jars Maven builds have.
     *
     * @param folder the resource folder, for example {@code "dossiers/2026"}, not null
     * @throws IllegalArgumentException if no such folder is on the class path
     */
    public static List<DossierCase> inClasspathFolder(String folder) {
        String name = folder.replaceAll("^/+|/+$", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(name);
        if (url == null) {
            url = DossierCase.class.getClassLoader().getResource(name);
        }
        if (url == null) {
            throw new IllegalArgumentException("dossier folder " + name + ": not on the class path; allowed: a "
                    + "resource folder of *.json dossier or golden files, for example src/test/resources/" + name);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return inFolder(Path.of(uri)).stream().map(c -> c.relocated(name)).toList();
            }
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try (Stream<Path> files = Files.list(jar.getPath(name))) {
                List<DossierCase> cases = new ArrayList<>();
                for (Path file : files.filter(DossierCase::isJson)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        cases.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                name + "/" + file.getFileName()));
                    }
                }
                return cases;
            } finally {
                if (opened) {
                    jar.close(); // only the file system this call opened: another may be in use elsewhere
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list dossier folder " + url, e);
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file);
    }

    /** The same case named by its class-path location rather than its directory on this machine. */
    private DossierCase relocated(String folder) {
        String resource = folder + location.substring(location.lastIndexOf('/'));
        if (failure != null) {
            return new DossierCase(resource, null, failure, null, null, null);
        }
        return new DossierCase(resource, dossier, null, about, settings, expected);
    }

    /** The test's name: the dossier's id and product, then the file name; the file name alone if unreadable. */
    public String name() {
        return name;
    }

    /** Where the case was read from: a file's path, or a class-path resource such as {@code "golden/x/01.json"}. */
    public String location() {
        return location;
    }

    /**
     * The dossier.
     *
     * @throws org.ocop.rules.dossier.DossierFormatException if the file is not a well-formed dossier
     * @throws IllegalArgumentException if a golden file breaks the golden format (an unknown key, say)
     */
    public Dossier dossier() {
        if (failure != null) {
            throw failure;
        }
        return dossier;
    }

    /** Whether the file could be read; if not, {@link #dossier()} throws why. */
    public boolean isReadable() {
        return failure == null;
    }

    /** What was recorded for the dossier (its {@code "recorded"}), empty if nothing or if it cannot be read. */
    public Optional<RecordedResult> recorded() {
        return dossier == null ? Optional.empty() : dossier.recorded();
    }

    /** The expected rating of a golden file; empty for a bare dossier. */
    public Optional<ExpectedRating> expected() {
        return Optional.ofNullable(expected);
    }

    /** Why a golden file exists ({@code "about"}); empty for a bare dossier. */
    public Optional<String> about() {
        return Optional.ofNullable(about);
    }

    /** A golden file's settings over the defaults; empty for a bare dossier, which is rated as the rater is set. */
    public Optional<RatingSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /**
     * Rates the dossier with {@code rater}, under the golden file's settings if it has them.
     *
     * @throws RuntimeException as {@link #dossier()} if the file cannot be read
     */
    public Rating rate(Rater rater) {
        return raterFor(rater).rate(dossier());
    }

    /**
     * Replays the dossier against its recorded result with {@code rater}, under the golden file's settings if any.
     *
     * @throws RuntimeException as {@link #dossier()} if the file cannot be read
     */
    public Replay replay(Rater rater) {
        return raterFor(rater).replay(dossier());
    }

    private Rater raterFor(Rater rater) {
        Objects.requireNonNull(rater, "rater");
        return settings == null ? rater : rater.withSettings(settings);
    }

    /** The {@link #name()}, which JUnit shows for the case. */
    @Override
    public String toString() {
        return name;
    }
}
