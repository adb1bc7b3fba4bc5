/**
 * The DMN rating engine: {@link org.ocop.rules.dmn.DmnRatingEngine} rates with DMN 1.5 decision tables generated
 * from the criteria data at build time (in this jar under {@code org/ocop/rules/dmn/<version>/}) and gives the same
 * ratings as the Drools engine. Plug it in with {@code Rater.using(DmnRatingEngine.shared())}.
 *
 * <p>{@code DmnRatingEngine} is the only public type. Behind it, package-private: at build time
 * {@code DmnModelGenerator} writes the models where {@code ModelLayout} says, each group of tables by its writer
 * ({@code SheetModels}, {@code StarModels}, {@code OutcomeModels}, {@code RecognitionModel}) over the XML of
 * {@code DmnXml}; at run time {@code KieDecisions} compiles the models on first use behind the {@code Decisions}
 * seam, {@code DecisionMemo} remembers results, {@code TaskModels} asks the models for one task's decisions and
 * checks them against the criteria data, and {@code Evaluation} orchestrates one task's rating.
 */
package org.ocop.rules.dmn;
