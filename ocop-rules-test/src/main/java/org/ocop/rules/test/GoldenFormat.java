package org.ocop.rules.test;

import java.util.List;
import java.util.Map;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.RatingSettings;

/**
 * Reads the golden format's wrapper ({@code about}, {@code source}, {@code settings}, {@code dossier},
 * {@code expected}); documented on {@link DossierCase}. Every error is a {@link Json.Error} naming the key, the value
 * and what is allowed.
 */
final class GoldenFormat {

    static final List<String> KEYS = List.of("about", "source", "settings", "dossier", "expected");
    static final List<String> SETTINGS_KEYS = List.of("minimumPolicy", "consensus", "councilRules", "sheetEdition");

    private GoldenFormat() {
    }

    /** Whether a document is a golden file rather than a bare dossier: only a golden file has a "dossier" key. */
    static boolean isGolden(Json.Value root) {
        return root.raw() instanceof Map<?, ?> members && members.containsKey("dossier");
    }

    static RatingSettings settings(Json.Value root) {
        Json.Value node = root.object().get("settings");
        RatingSettings settings = RatingSettings.DEFAULTS;
        if (node == null || node.isNull()) {
            return settings;
        }
        requireOnly(node, SETTINGS_KEYS);
        Map<String, Json.Value> s = node.object();
        if (s.containsKey("minimumPolicy")) {
            settings = settings.withMinimumPolicy(constant(s.get("minimumPolicy"), MinimumPolicy.class));
        }
        if (s.containsKey("consensus")) {
            settings = settings.withConsensus(constant(s.get("consensus"), MinimumConsensus.class));
        }
        if (s.containsKey("councilRules")) {
            Json.Value rules = s.get("councilRules");
            settings = settings.withCouncilRules(switch (rules.string()) {
                case "NONE" -> CouncilRules.NONE;
                case "TAY_NINH" -> CouncilRules.tayNinh();
                default -> throw new Json.Error(rules.path(), "unknown council rules", rules.describe(),
                        "NONE, TAY_NINH");
            });
        }
        if (s.containsKey("sheetEdition")) {
            settings = settings.withSheetEdition(s.get("sheetEdition").string());
        }
        return settings;
    }

    /** Refuses any key not in {@code allowed}: a misspelt key must fail, not skip its check. */
    static void requireOnly(Json.Value node, List<String> allowed) {
        for (String key : node.object().keySet()) {
            if (!allowed.contains(key)) {
                throw new Json.Error(node.path(), "unknown key", '"' + key + '"', String.join(", ", allowed));
            }
        }
    }

    static Json.Value required(Json.Value node, String key) {
        Json.Value value = node.object().get(key);
        if (value == null) {
            throw new Json.Error(node.path(), "missing key", '"' + key + '"',
                    "every key of the golden format (null or [] where there is nothing)");
        }
        return value;
    }

    static <E extends Enum<E>> E constant(Json.Value value, Class<E> type) {
        String name = value.string();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new Json.Error(value.path(), "unknown " + type.getSimpleName(), value.describe(),
                String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
}
