/**
 * ocop-rules: rates Vietnamese OCOP products exactly as the official criteria do. The front door is
 * {@link org.ocop.rules.Rater}.
 *
 * <p>Exports the API packages only, to everyone. The packages named {@code …internal…} are in this module but not
 * exported (one, to the DMN jar only): a program on the module path cannot compile against them, even where a type
 * is {@code public} because Drools' executable model needs it. No third-party type is part of the API, so nothing
 * is required {@code transitive}.
 *
 * <p>This file is not in {@code src/main/java}: kie-maven-plugin refuses a {@code module-info.java} there. The
 * build compiles it on its own, after the classes (see this module's {@code pom.xml} and
 * {@code docs/reference/modules.md}).
 */
module org.ocop.rules {
    exports org.ocop.rules;
    exports org.ocop.rules.criteria;
    exports org.ocop.rules.dossier;
    exports org.ocop.rules.engine;
    exports org.ocop.rules.drools;
    exports org.ocop.rules.advice;
    exports org.ocop.rules.json;
    // Not API. The DMN engine, this library's other jar, uses the message bundles (Messages) and the council's
    // shares (Share) of this package, and only it may: a qualified export, to the module name that jar carries
    // (Automatic-Module-Name org.ocop.rules.dmn). The DMN jar is built after this one, so javac cannot find that
    // module and would warn; the pom turns that warning off.
    exports org.ocop.rules.internal to org.ocop.rules.dmn;

    // Opened to everyone: the JSON Schemas of the dossier and of the criteria document,
    // org/ocop/rules/dossier.schema.json and criteria.schema.json, are published resources of this jar (the README,
    // the dossier format guide and the JSON contracts point to them), and another module can read a resource of a
    // named module only from an open package.
    opens org.ocop.rules;
    // Opened to everyone: the catalogue reads its data files through the class loader (DataFiles.resources), which
    // finds a resource of a named module only in a package opened unconditionally; and Jackson binds the data into
    // the package-private records of CriteriaFileFormat.
    opens org.ocop.rules.criteria;
    // Jackson binds a dossier's JSON into the reader's package-private records (DossierReader).
    opens org.ocop.rules.dossier to com.fasterxml.jackson.databind;

    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    // Drools with the executable model: DroolsRatingEngine builds the KieBase from the model classes kie-maven-plugin
    // generates into org.ocop.rules.internal.drools (and the lambda packages under it), which use these modules.
    // KIE 10.2.0 ships no module-info: these are automatic modules, named by their Automatic-Module-Name.
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.kiesession;
    requires org.drools.modelcompiler;
    requires org.drools.util;
}
