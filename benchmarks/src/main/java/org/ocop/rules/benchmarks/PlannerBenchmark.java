package org.ocop.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.PlanRequest;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.DossierGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The path to the next star as a web request would ask it: {@code Advisor.of(rater).plan(dossier, request)}, average
 * time per request in milliseconds, with the Drools engine (each request rates the dossier once and every plan it
 * returns once more, to confirm it).
 *
 * <ul>
 *   <li>{@code typicalFood}: the 5-member food dossiers of {@link FoodDossiers} (set I.4.a) that are rated 1★–4★,
 *       next star, 3 plans;</li>
 *   <li>{@code largestSheet}: 9-member dossiers of I.6, the largest 26/2026 sheet (34 criteria, 109 options), rated
 *       1★–4★, next star, 3 plans;</li>
 *   <li>{@code largestSheetToFiveStars}: the same dossiers aiming at 5★ whatever their star, the deepest search.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PlannerBenchmark {

    static final String LARGEST_SET = "I.6";

    private Advisor advisor;
    private List<Dossier> food;
    private List<Dossier> largest;
    private int nextFood;
    private int nextLargest;

    @Setup
    public void setUp() {
        Rater rater = Rater.standard();
        advisor = Advisor.of(rater);
        food = FoodDossiers.sample(256).stream().filter(d -> belowFive(rater.rate(d))).toList();
        largest = largestSheetDossiers(rater, 64);
    }

    private static boolean belowFive(Rating rating) {
        return rating.isRated() && rating.stars().getAsInt() < 5;
    }

    /** The first {@code count} generated 9-member dossiers of {@link #LARGEST_SET} rated below 5★. */
    static List<Dossier> largestSheetDossiers(Rater rater, int count) {
        DossierGenerator generator = new DossierGenerator(FoodDossiers.SEED);
        int sets = generator.productSets().size();
        List<Dossier> out = new ArrayList<>();
        for (int index = generator.productSets().indexOf(LARGEST_SET); out.size() < count; index += sets) {
            Dossier dossier = generator.dossier(index);
            if (dossier.sheets().size() == 9 && belowFive(rater.rate(dossier))) {
                out.add(dossier);
            }
        }
        return List.copyOf(out);
    }

    @Benchmark
    public PlanAdvice typicalFood() {
        Dossier dossier = food.get(nextFood);
        nextFood = (nextFood + 1) % food.size();
        return advisor.plan(dossier, PlanRequest.NEXT_STAR);
    }

    @Benchmark
    public PlanAdvice largestSheet() {
        return advisor.plan(nextLargest(), PlanRequest.NEXT_STAR);
    }

    @Benchmark
    public PlanAdvice largestSheetToFiveStars() {
        return advisor.plan(nextLargest(), PlanRequest.NEXT_STAR.withTargetStar(5));
    }

    private Dossier nextLargest() {
        Dossier dossier = largest.get(nextLargest);
        nextLargest = (nextLargest + 1) % largest.size();
        return dossier;
    }
}
