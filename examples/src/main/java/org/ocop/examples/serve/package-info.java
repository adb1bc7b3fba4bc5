/**
 * {@code ocop serve}: the library as an HTTP JSON service for portals in any language, on Javalin over Jetty 12.
 *
 * <p>{@link org.ocop.examples.serve.OcopService} is the service; behind it, package-private, {@code RequestBodies}
 * reads bodies within the limits, {@code Documents} writes the library's JSON (never rebuilding it),
 * {@code HttpProblem} and {@code ProblemJson} are the one RFC 9457 problem shape of every error, {@code JettyProblems}
 * gives Jetty's own errors that shape, and {@code ServiceText} holds its texts in English and Vietnamese. The OpenAPI
 * document is the resource {@code openapi.json} beside them; a portal page may be added as {@code web/index.html}.
 *
 * <p>May use the core's API packages, the DMN module, Javalin, Jetty and Jackson, and the CLI's criteria documents
 * through {@link org.ocop.examples.CriteriaDocuments} only.
 */
package org.ocop.examples.serve;
