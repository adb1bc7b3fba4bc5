package org.ocop.rules.dossier;

import java.util.Objects;
import java.util.function.Supplier;

/** A {@link DossierSource} from its name and how to read it: what every source the library makes is. */
record NamedSource(String name, Supplier<Dossier> reader) implements DossierSource {

    NamedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Dossier read() {
        return reader.get();
    }
}
