package org.mplus.tck.spec;

/** The catalog contradicts its schema, itself or the spec; the message says where and how. */
public final class CatalogError extends RuntimeException {
    public CatalogError(String message) {
        super(message);
    }
}
