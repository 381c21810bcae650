package org.mplus.tck.spec;

/** Paths, relative to schemas/, of the JSON Schemas of a call's options and of its two results. */
public record CallSchemas(String options, String success, String fail) {
}
