package org.mplus.tck.spec;

/**
 * A string format the spec defines for an option value (imgUrl, link).
 *
 * @param name    imgUrl or link
 * @param heading the spec section's heading, verbatim
 * @param line    the spec line of that heading
 * @param summary one line in English
 * @param schema  path, relative to schemas/, of its JSON Schema
 */
public record ValueFormat(String name, String heading, int line, String summary, String schema) {
}
