package org.ocop.rules.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.Replay;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.RecordedResult;

/**
 * The replays the report tests write: the project's example dossiers (each replay cause the examples show, a
 * demoted, a disqualified and an invalid dossier, a totals-only dossier) plus two Vietnamese products built in code,
 * one whose record agrees and one whose record differs, all rated by {@link Rater#standard()}.
 */
final class Replays {

    static final Path EXAMPLES = Path.of("../examples/dossiers");
    static final Rater RATER = Rater.standard();

    /** The honey whose record agrees with the replay. */
    static final String HONEY = "Mật ong hoa nhãn Hưng Yên";
    /** The rice rolls whose recorded average no known cause explains. */
    static final String CAKE = "Bánh cuốn Thanh Trì – đặc sản Hà Nội";

    /** The fermented pork rated from its members' totals only. */
    static final String PORK = "Nem chua Thanh Hóa";

    private Replays() {
    }

    /** Every example dossier (top folder and replay folder) and the two built here, in that order. */
    static List<Dossier> dossiers() {
        List<Dossier> dossiers = new ArrayList<>();
        dossiers.addAll(read(EXAMPLES.resolve("replay")));
        dossiers.addAll(read(EXAMPLES));
        // the honey: the example tea's sheets, recorded exactly as the replay rates them
        Dossier tea = DossierReader.read(EXAMPLES.resolve("01-che-shan-tuyet-ta-xua.json"));
        Rating rating = RATER.rate(tea);
        dossiers.add(tea.toBuilder().id("HY-2026-014").productName(HONEY).producer("HTX Ong mật Khoái Châu")
                .recorded(RecordedResult.of(rating.displayedAverage().orElseThrow(), rating.stars().getAsInt())
                        .withLevel(rating.recognition().orElseThrow().level()))
                .build());
        // the rice rolls: the example fish sauce's sheets, recorded with an average no known cause gives
        Dossier sauce = DossierReader.read(EXAMPLES.resolve("02-nuoc-mam-cat-hai.json"));
        dossiers.add(sauce.toBuilder().id("HN-2026-203").productName(CAKE).producer("Cơ sở Bánh cuốn Bà Hoành")
                .recorded(RecordedResult.of(new BigDecimal("81.40"), 4).withLevel(Level.PROVINCE)).build());
        // the fermented pork: only the members' totals from the minutes, so star minimums cannot be checked
        dossiers.add(Dossier.ofTotals("TH-2026-088", "I.4.a", java.time.LocalDate.of(2026, 7, 2), List.of(82, 79, 85))
                .toBuilder().productName(PORK).level(Level.PROVINCE)
                .recorded(RecordedResult.of(new BigDecimal("82.00"), 4)).build());
        return dossiers;
    }

    /** The replays of {@link #dossiers()}. */
    static List<Replay> all() {
        return dossiers().stream().map(RATER::replay).toList();
    }

    /** {@code n} replays cycling over {@link #dossiers()}, each with its own id and numbered name. */
    static Stream<Replay> many(int n) {
        List<Dossier> base = dossiers();
        return IntStream.range(0, n).mapToObj(i -> {
            Dossier d = base.get(i % base.size());
            return RATER.replay(d.toBuilder().id(d.id() + "-" + i).productName(d.productName() + " số " + i)
                    .build());
        });
    }

    private static List<Dossier> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(DossierReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
