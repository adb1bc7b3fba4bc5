package org.ocop.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.DossierGenerator;

/**
 * The benchmark input the issue fixes: dossiers of five member sheets on food set I.4.a (fish sauce and other
 * condiments) of 26/2026, drawn from {@link DossierGenerator} so that they vary (every band, failed minimums,
 * knock-outs, the odd invalid dossier) instead of repeating one path through the rules.
 */
final class FoodDossiers {

    static final String FOOD_SET = "I.4.a";
    static final int MEMBERS = 5;
    static final long SEED = 2026;

    private FoodDossiers() {
    }

    /** The first {@code count} generated dossiers of {@link #FOOD_SET} with {@link #MEMBERS} sheets. */
    static List<Dossier> sample(int count) {
        DossierGenerator generator = new DossierGenerator(SEED);
        int sets = generator.productSets().size();
        // The generator cycles through the sets with the index, so stepping by the number of sets stays on one.
        int index = generator.productSets().indexOf(FOOD_SET);
        List<Dossier> dossiers = new ArrayList<>(count);
        for (; dossiers.size() < count; index += sets) {
            Dossier dossier = generator.dossier(index);
            if (dossier.sheets().size() == MEMBERS) {
                dossiers.add(dossier);
            }
        }
        return List.copyOf(dossiers);
    }
}
